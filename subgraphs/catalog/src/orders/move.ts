import { ORDER_STATUS_CHANGED, type OrderStatusChangedPayload } from '@kabinet/contracts';
import { companyStream, isUuid, notFound, preconditionFailed, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Order, type OrderStatus } from '../data/entities';
import { connectOrderedServices } from './connect-services';
import { type ActorKind, canMove, movesFrom } from './workflow';

export interface Actor {
  kind: ActorKind;
  /** The user; null for the system. */
  id: string | null;
}

/** The order, locked; NOT_FOUND when it is not one of `scope`'s company (null: any). */
export async function lockOrder(tx: EntityManager, orderId: string, scope: string | null): Promise<Order> {
  if (!isUuid(orderId)) throw notFound('Order');
  const order = await tx
    .getRepository(Order)
    .createQueryBuilder('o')
    .setLock('pessimistic_write')
    .where('o.id = :orderId', { orderId })
    .getOne();
  if (!order || (scope !== null && order.companyId !== scope)) throw notFound('Order');
  return order;
}

/**
 * Moves a locked order to `status` if `actor` may, recording the move in its history and publishing
 * OrderStatusChanged, in the caller's transaction. COMPLETED connects what was ordered.
 */
export async function moveOrder(
  tx: EntityManager,
  order: Order,
  move: { status: OrderStatus; actor: Actor; reason: string | null },
  at: Date,
) {
  if (!canMove(order.status, move.status, move.actor.kind)) {
    const allowed = movesFrom(order.status, move.actor.kind);
    throw preconditionFailed(
      `An order in ${order.status} cannot move to ${move.status}; allowed: ${allowed.join(', ') || 'none'}`,
      [{ field: 'orderId', message: `is ${order.status}` }],
    );
  }
  await tx
    .getRepository(Order)
    .update(order.id, { status: move.status, statusReason: move.reason, updatedAt: at });
  await tx.query(
    `INSERT INTO order_history (order_id, previous_status, status, at, actor_kind, actor_id, reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [order.id, order.status, move.status, at, move.actor.kind, move.actor.id, move.reason],
  );
  if (move.status === 'COMPLETED') await connectOrderedServices(tx, order, at);
  if (move.status === 'CANCELLED' || move.status === 'REJECTED')
    await tx.query('DELETE FROM visit_bookings WHERE order_id = $1', [order.id]);
  const payload: OrderStatusChangedPayload = {
    orderId: order.id,
    accountId: order.accountId,
    previousStatus: order.status,
    status: move.status,
    reason: move.reason,
    changedAt: at.toISOString(),
  };
  const event = await publish(tx, {
    stream: companyStream(order.companyId),
    type: ORDER_STATUS_CHANGED,
    companyId: order.companyId,
    payload,
  });
  return {
    order: { ...order, status: move.status, statusReason: move.reason, updatedAt: at },
    sequence: event.seq,
  };
}
