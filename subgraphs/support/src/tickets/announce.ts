import { TICKET_UPDATED, type TicketUpdatedPayload } from '@kabinet/contracts';
import { companyStream, isStaff, publish, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { TicketRecord } from './records';

/** Tells the company (live subscriptions, notifications) what changed on a ticket it can see. */
export async function announceTicket(
  tx: EntityManager,
  ticket: TicketRecord,
  change: TicketUpdatedPayload['change'],
  actor: Viewer,
  at: Date,
): Promise<void> {
  const payload: TicketUpdatedPayload = {
    ticketId: ticket.id,
    companyId: ticket.companyId,
    accountId: ticket.accountId,
    authorId: ticket.createdBy,
    category: ticket.category,
    change,
    status: ticket.status,
    actorId: actor.userId,
    byStaff: isStaff(actor),
    at: at.toISOString(),
  };
  await publish(tx, {
    stream: companyStream(ticket.companyId),
    type: TICKET_UPDATED,
    companyId: ticket.companyId,
    payload,
  });
}
