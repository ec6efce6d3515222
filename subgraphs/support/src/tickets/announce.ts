import { TICKET_UPDATED, type TicketUpdatedPayload } from '@kabinet/contracts';
import { companyStream, isStaff, publish, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { TicketRecord } from './records';

/** Who changes a ticket: a signed-in user, or the person an event from another subgraph names. */
export interface Actor {
  userId: string;
  byStaff: boolean;
}
export const actorOf = (viewer: Viewer): Actor => ({ userId: viewer.userId, byStaff: isStaff(viewer) });

/** Tells the company (live subscriptions, notifications) what changed on a ticket it can see. */
export async function announceTicket(
  tx: EntityManager,
  ticket: TicketRecord,
  change: TicketUpdatedPayload['change'],
  viewer: Viewer | Actor,
  at: Date,
): Promise<void> {
  const actor = 'byStaff' in viewer ? viewer : actorOf(viewer);
  const payload: TicketUpdatedPayload = {
    ticketId: ticket.id,
    companyId: ticket.companyId,
    accountId: ticket.accountId,
    serviceId: ticket.serviceId,
    authorId: ticket.createdBy,
    category: ticket.category,
    change,
    status: ticket.status,
    actorId: actor.userId,
    byStaff: actor.byStaff,
    at: at.toISOString(),
  };
  await publish(tx, {
    stream: companyStream(ticket.companyId),
    type: TICKET_UPDATED,
    companyId: ticket.companyId,
    payload,
  });
}
