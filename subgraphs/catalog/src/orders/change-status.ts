import { ORDER_STATUS_CHANGED, type OrderStatusChangedPayload } from '@kabinet/contracts';
import { companyStream, isUuid, notFound, preconditionFailed, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Order, type OrderStatus } from '../data/entities';
import { connectOrderedService } from './connect-service';
import { canMove, NEXT } from './workflow';

/** Moves an order along its workflow and publishes OrderStatusChanged, in the caller's transaction. */
export async function changeStatus(
  tx: EntityManager,
  scope: string | null,
  input: { orderId: string; status: OrderStatus; reason: string | null },
  changedAt: Date,
) {
  if (!isUuid(input.orderId)) throw notFound('Order');
  const order = await tx
    .getRepository(Order)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :id', { id: input.orderId })
    .getOne();
  if (!order || (scope !== null && order.companyId !== scope)) throw notFound('Order');
  if (!canMove(order.status, input.status)) {
    throw preconditionFailed(
      `An order in ${order.status} cannot move to ${input.status}; allowed: ${NEXT[order.status].join(', ') || 'none'}`,
      [{ field: 'status', message: 'not allowed from the current status' }],
    );
  }
  await tx
    .getRepository(Order)
    .update(order.id, { status: input.status, statusReason: input.reason, updatedAt: changedAt });
  const payload: OrderStatusChangedPayload = {
    orderId: order.id,
    accountId: order.accountId,
    previousStatus: order.status,
    status: input.status,
    reason: input.reason,
    changedAt: changedAt.toISOString(),
  };
  if (input.status === 'COMPLETED') await connectOrderedService(tx, order, changedAt);
  const event = await publish(tx, {
    stream: companyStream(order.companyId),
    type: ORDER_STATUS_CHANGED,
    companyId: order.companyId,
    payload,
  });
  return {
    order: { ...order, status: input.status, statusReason: input.reason, updatedAt: changedAt },
    sequence: event.seq,
  };
}
