import { isUuid, notFound, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { TICKET_COLUMNS, type TicketRecord, visibleTicketSql } from './records';

/** A ticket the caller may see, locked for a change; NOT_FOUND otherwise (as for one that does not exist). */
export async function lockTicket(tx: EntityManager, viewer: Viewer, ticketId: string): Promise<TicketRecord> {
  if (!isUuid(ticketId)) throw notFound('Ticket');
  const visible = visibleTicketSql(viewer, 2);
  const [ticket]: TicketRecord[] = await tx.query(
    `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = $1 AND ${visible.sql} FOR UPDATE`,
    [ticketId, ...visible.params],
  );
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** Writes the ticket's changed fields back (and `updated_at`), returning it as it is now. */
export async function saveTicket(
  tx: EntityManager,
  ticket: TicketRecord,
  changes: Partial<TicketRecord>,
  now: Date,
): Promise<TicketRecord> {
  const next = { ...ticket, ...changes, updatedAt: now };
  await tx.query(
    `UPDATE tickets SET status = $2, response_due_at = $3, assignee_id = $4, resolved_at = $5, closed_at = $6,
       rating = $7, rating_comment = $8, updated_at = $9 WHERE id = $1`,
    [
      next.id,
      next.status,
      next.responseDueAt,
      next.assigneeId,
      next.resolvedAt,
      next.closedAt,
      next.rating,
      next.ratingComment,
      now,
    ],
  );
  return next;
}
