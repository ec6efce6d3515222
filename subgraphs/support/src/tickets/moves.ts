import type { TicketStatus } from '@kabinet/contracts';
import {
  assertValid,
  forbidden,
  preconditionFailed,
  TEXT_MAX,
  textProblems,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { announceTicket } from './announce';
import { REOPEN_DAYS, responseDue } from './categories';
import { lockTicket, saveTicket } from './lock';
import { writeMessage } from './messages';
import { OPEN_STATUSES, type TicketRecord } from './records';

/** The states staff may move an open ticket to, and what each means for the answer owed. */
export const STAFF_MOVES = ['IN_PROGRESS', 'PENDING', 'RESOLVED', 'REJECTED'] as const;
export type StaffMove = (typeof STAFF_MOVES)[number];

const notNow = (ticket: TicketRecord, what: string) =>
  preconditionFailed(`A ${ticket.status} ticket cannot be ${what}`, [
    { field: 'ticketId', message: `is ${ticket.status}` },
  ]);

/** The customer's own moves are their writer's, or their company administrator's. */
function requireOwner(viewer: Viewer, ticket: TicketRecord) {
  if (ticket.createdBy !== viewer.userId && viewer.role !== 'ADMIN')
    throw forbidden("Only the ticket's author or the company's administrator may do this");
}

/** Runs a move of a locked ticket: its changes, an optional visible comment, and the announcement. */
async function move(
  tx: EntityManager,
  viewer: Viewer,
  ticketId: string,
  now: Date,
  decide: (ticket: TicketRecord) => Partial<TicketRecord>,
  comment?: string | null,
): Promise<TicketRecord> {
  if (comment != null) assertValid(textProblems('comment', comment, { min: 1, max: TEXT_MAX.comment }));
  const ticket = await lockTicket(tx, viewer, ticketId);
  const saved = await saveTicket(tx, ticket, decide(ticket), now);
  if (comment != null) await writeMessage(tx, saved, viewer, comment, false, now);
  await announceTicket(tx, saved, 'STATUS', viewer, now);
  return saved;
}

/** Staff move an open ticket along: working on it, waiting for the customer, resolved, or rejected. */
export const changeTicketStatus = (
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; status: StaffMove; comment?: string | null },
  now: Date,
) =>
  move(
    tx,
    viewer,
    input.ticketId,
    now,
    (ticket) => {
      if (!OPEN_STATUSES.includes(ticket.status) || ticket.status === input.status)
        throw notNow(ticket, `moved to ${input.status}`);
      const to: TicketStatus = input.status;
      if (to === 'IN_PROGRESS')
        return { status: to, responseDueAt: ticket.responseDueAt ?? responseDue(ticket.category, now) };
      if (to === 'PENDING') return { status: to, responseDueAt: null };
      if (to === 'RESOLVED') return { status: to, responseDueAt: null, resolvedAt: now };
      return { status: to, responseDueAt: null, closedAt: now };
    },
    input.comment,
  );

/** The customer withdraws an open ticket. */
export const cancelTicket = (tx: EntityManager, viewer: Viewer, ticketId: string, now: Date) =>
  move(tx, viewer, ticketId, now, (ticket) => {
    requireOwner(viewer, ticket);
    if (!OPEN_STATUSES.includes(ticket.status)) throw notNow(ticket, 'cancelled');
    return { status: 'CANCELLED', responseDueAt: null, closedAt: now };
  });

/** The customer reopens a resolved ticket within 14 days of its resolution: back to the operator, a new answer time. */
export const reopenTicket = (
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; comment?: string | null },
  now: Date,
) =>
  move(
    tx,
    viewer,
    input.ticketId,
    now,
    (ticket) => {
      requireOwner(viewer, ticket);
      if (ticket.status !== 'RESOLVED') throw notNow(ticket, 'reopened');
      const last = new Date((ticket.resolvedAt as Date).getTime() + REOPEN_DAYS * 86_400_000);
      if (now > last) {
        throw preconditionFailed(`A ticket may be reopened within ${REOPEN_DAYS} days of its resolution`, [
          { field: 'ticketId', message: `was resolved more than ${REOPEN_DAYS} days ago` },
        ]);
      }
      return { status: 'IN_PROGRESS', resolvedAt: null, responseDueAt: responseDue(ticket.category, now) };
    },
    input.comment,
  );

/** The customer closes a resolved ticket with a rating of the answer (1 to 5) and an optional comment. */
export const closeTicket = (
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; rating: number; comment?: string | null },
  now: Date,
) => {
  assertValid([
    ...(Number.isInteger(input.rating) && input.rating >= 1 && input.rating <= 5
      ? []
      : [{ field: 'rating', message: 'must be a whole number from 1 to 5' }]),
    ...textProblems('comment', input.comment, { max: TEXT_MAX.comment }),
  ]);
  return move(tx, viewer, input.ticketId, now, (ticket) => {
    requireOwner(viewer, ticket);
    if (ticket.status !== 'RESOLVED') throw notNow(ticket, 'closed');
    return {
      status: 'CLOSED',
      closedAt: now,
      rating: input.rating,
      ratingComment: input.comment?.trim() || null,
    };
  });
};

/** Staff take a ticket (or give it back to the queue). */
export async function assignTicket(
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; unassign?: boolean | null },
  now: Date,
): Promise<TicketRecord> {
  const ticket = await lockTicket(tx, viewer, input.ticketId);
  if (!OPEN_STATUSES.includes(ticket.status)) throw notNow(ticket, 'assigned');
  const saved = await saveTicket(tx, ticket, { assigneeId: input.unassign ? null : viewer.userId }, now);
  await announceTicket(tx, saved, 'ASSIGNED', viewer, now);
  return saved;
}
