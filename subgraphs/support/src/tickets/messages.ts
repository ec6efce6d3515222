import { randomUUID } from 'node:crypto';
import { assertValid, forbidden, isStaff, preconditionFailed, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type Actor, actorOf, announceTicket } from './announce';
import { attach } from './attachments';
import { responseDue } from './categories';
import { bodyProblems } from './create';
import { lockTicket, saveTicket } from './lock';
import { OPEN_STATUSES, type TicketRecord } from './records';

export interface TicketMessageRecord {
  id: string;
  seq: string;
  ticketId: string;
  authorId: string;
  byStaff: boolean;
  internal: boolean;
  body: string;
  createdAt: Date;
}

export const MESSAGE_COLUMNS = `m.id, m.seq::text AS seq, m.ticket_id AS "ticketId", m.author_id AS "authorId", m.by_staff AS "byStaff",
  m.internal, m.body, m.created_at AS "createdAt"`;

/** Marks the ticket read by `viewer` up to `at`. */
export const markRead = (tx: EntityManager, ticketId: string, viewer: Pick<Viewer, 'userId'>, at: Date) =>
  tx.query(
    `INSERT INTO ticket_reads (ticket_id, user_id, read_at) VALUES ($1, $2, $3)
     ON CONFLICT (ticket_id, user_id) DO UPDATE SET read_at = greatest(ticket_reads.read_at, EXCLUDED.read_at)`,
    [ticketId, viewer.userId, at],
  );

/** Records a message (the caller's own read marker moves past it), without the ticket's reaction to it. */
export async function writeMessage(
  tx: EntityManager,
  ticket: TicketRecord,
  author: Viewer | Actor,
  body: string,
  internal: boolean,
  now: Date,
): Promise<TicketMessageRecord> {
  const actor = 'byStaff' in author ? author : actorOf(author);
  const [message]: TicketMessageRecord[] = await tx.query(
    `INSERT INTO ticket_messages AS m (id, ticket_id, author_id, by_staff, internal, body, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${MESSAGE_COLUMNS}`,
    [randomUUID(), ticket.id, actor.userId, actor.byStaff, internal, body.trim(), now],
  );
  await markRead(tx, ticket.id, actor, now);
  return message;
}

/**
 * Adds to a ticket's conversation. A customer's message puts a ticket waiting for them (PENDING) back in the
 * operator's hands with a new answer time; staff's answer meets the one owed. Staff's internal notes change
 * nothing and are never shown to customers. A finished ticket takes no messages (a resolved one: reopen it).
 */
export async function addTicketMessage(
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; body: string; internal?: boolean | null; attachmentIds?: string[] | null },
  now: Date,
): Promise<{ ticket: TicketRecord; message: TicketMessageRecord }> {
  const staff = isStaff(viewer);
  if (input.internal && !staff) throw forbidden("Internal notes are the operator's staff's");
  assertValid(bodyProblems('body', input.body));
  const ticket = await lockTicket(tx, viewer, input.ticketId);
  if (!OPEN_STATUSES.includes(ticket.status)) {
    const hint = ticket.status === 'RESOLVED' && !staff ? '; reopen it to write again' : '';
    throw preconditionFailed(`The ticket is ${ticket.status}${hint}`, [
      { field: 'ticketId', message: `is ${ticket.status}` },
    ]);
  }
  const message = await writeMessage(tx, ticket, viewer, input.body, input.internal === true, now);
  await attach(tx, viewer, input.attachmentIds, { ticketId: ticket.id, messageId: message.id });
  if (input.internal) return { ticket, message };
  const changes: Partial<TicketRecord> = staff
    ? { status: ticket.status === 'ACKNOWLEDGED' ? 'IN_PROGRESS' : ticket.status, responseDueAt: null }
    : {
        status: ticket.status === 'PENDING' ? 'IN_PROGRESS' : ticket.status,
        responseDueAt: ticket.responseDueAt ?? responseDue(ticket.category, now),
      };
  const saved = await saveTicket(tx, ticket, changes, now);
  await announceTicket(tx, saved, 'MESSAGE', viewer, now);
  return { ticket: saved, message };
}
