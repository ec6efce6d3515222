import { ORDER_STATUS_CHANGED, parseEvent } from '@kabinet/contracts';
import {
  assertValid,
  isUuid,
  notFound,
  type OutboxEvent,
  requireRole,
  TEXT_MAX,
  textProblems,
  watchCompany,
} from '@kabinet/kit';
import { In } from 'typeorm';
import { Order } from '../data/entities';
import type { MutationUpdateOrderStatusArgs, SubscriptionOrderStatusChangedArgs } from '../generated/schema';
import { changeStatus } from '../orders/change-status';
import type { Catalog } from '../runtime';
import type { Context } from './context';

export const orderResolvers = (catalog: Catalog) => ({
  Query: {
    order: async (_: unknown, args: { id: string }, ctx: Context) =>
      (await ctx.loaders.order.load(args.id)) ?? notFound('Order'),
  },
  Mutation: {
    async updateOrderStatus(_: unknown, { input }: MutationUpdateOrderStatusArgs, ctx: Context) {
      requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      assertValid(textProblems('reason', input.reason, { max: TEXT_MAX.comment }));
      return ctx.db.transaction((tx) =>
        changeStatus(
          tx,
          null,
          { orderId: input.orderId, status: input.status, reason: input.reason?.trim() || null },
          catalog.clock.now(),
        ),
      );
    },
  },
  Subscription: {
    orderStatusChanged: {
      async subscribe(_: unknown, args: SubscriptionOrderStatusChangedArgs, ctx: Context) {
        const orderIds = args.orderIds?.length ? new Set(args.orderIds) : null;
        const accountIds = args.accountIds?.length ? new Set(args.accountIds) : null;
        if (orderIds && ![...orderIds].every(isUuid)) throw notFound('Order');
        const orders = orderIds ? await ctx.db.getRepository(Order).findBy({ id: In([...orderIds]) }) : [];
        if (orderIds && orders.length !== orderIds.size) throw notFound('Order');
        return watchCompany({
          viewer: ctx.viewer,
          db: ctx.db,
          events: ctx.events,
          type: ORDER_STATUS_CHANGED,
          companyId: args.companyId,
          companiesOfNamed: orders.map((o) => o.companyId),
          accountsOfNamed: [...orders.map((o) => o.accountId), ...(accountIds ?? [])],
          after: args.after,
          accept: (event) => {
            const payload = parseEvent(ORDER_STATUS_CHANGED, event.payload);
            return (
              (!orderIds || orderIds.has(payload.orderId)) &&
              (!accountIds || accountIds.has(payload.accountId))
            );
          },
        });
      },
      resolve: (event: OutboxEvent) => {
        const payload = parseEvent(ORDER_STATUS_CHANGED, event.payload);
        return {
          sequence: event.seq,
          order: { id: payload.orderId },
          previousStatus: payload.previousStatus,
          status: payload.status,
          reason: payload.reason,
          changedAt: payload.changedAt,
        };
      },
    },
  },
  Order: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.order.load(ref.id)) ?? notFound('Order');
    },
    tariff: (order: Order, _args: unknown, ctx: Context) => ctx.loaders.tariff.load(order.tariffId),
    account: (order: Order) => ({ id: order.accountId }),
  },
  OrderStatusChange: {
    // The event names the order; its current fields are read once per event, scoped to the caller.
    order: async (change: { order: { id: string } }, _args: unknown, ctx: Context) =>
      (await ctx.loaders.order.load(change.order.id)) ?? notFound('Order'),
  },
});
