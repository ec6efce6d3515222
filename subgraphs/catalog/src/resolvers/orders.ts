import { ORDER_STATUS_CHANGED, parseEvent } from '@kabinet/contracts';
import {
  assertValid,
  companyScope,
  decodeCursor,
  isStaff,
  isUuid,
  notFound,
  type OutboxEvent,
  pageSize,
  preconditionFailed,
  requireRole,
  TEXT_MAX,
  textProblems,
  toConnection,
  type Viewer,
  visibleCompany,
  watchCompany,
} from '@kabinet/kit';
import { In } from 'typeorm';
import { Order, type OrderStatus } from '../data/entities';
import type {
  CompanyOrdersArgs,
  MutationAdvanceOrderArgs,
  MutationCancelOrderArgs,
  MutationChooseVisitSlotArgs,
  MutationConfirmOrderExecutionArgs,
  MutationPlaceOrderArgs,
  MutationReturnOrderToWorkArgs,
  SubscriptionOrderStatusChangedArgs,
} from '../generated/schema';
import type { OrderItemRow } from '../loaders';
import { type Actor, lockOrder, moveOrder } from '../orders/move';
import { placeOrder } from '../orders/place';
import { availableSlots, bookSlot } from '../orders/visits';
import { STAFF_STEPS } from '../orders/workflow';
import type { Catalog } from '../runtime';
import type { Context } from './context';
import { visibleAccount, visibleOrder } from './visible';

/** Who places and cancels orders: they cost money. */
const BUYERS = ['ADMIN', 'OPERATOR'] as const;
/** Who books visits and accepts or returns work: the accountant too. */
const RECEIVERS = ['ADMIN', 'ACCOUNTANT'] as const;
const STAFF = ['OPERATOR', 'MANAGER'] as const;

const actorOf = (viewer: Viewer): Actor => ({
  kind: isStaff(viewer) ? 'STAFF' : 'CUSTOMER',
  id: viewer.userId,
});

const reasonOf = (reason: string | null | undefined, required = false) => {
  assertValid(textProblems('reason', reason, { max: TEXT_MAX.comment, min: required ? 1 : 0 }));
  return reason?.trim() || null;
};

export const orderResolvers = (catalog: Catalog) => {
  /** Moves an order the caller may see, under its lock, archiving the change under the company's name. */
  async function move(
    ctx: Context,
    viewer: Viewer,
    orderId: string,
    status: OrderStatus,
    reason: string | null,
  ) {
    await visibleOrder(ctx, orderId);
    return ctx.db.transaction(async (tx) => {
      const order = await lockOrder(tx, orderId, companyScope(viewer));
      ctx.audit.companyId = order.companyId;
      return moveOrder(tx, order, { status, actor: actorOf(viewer), reason }, catalog.clock.now());
    });
  }

  return {
    Query: {
      order: async (_: unknown, args: { id: string }, ctx: Context) =>
        (await ctx.loaders.order.load(args.id)) ?? notFound('Order'),
      async availableVisitSlots(_: unknown, args: { orderId: string }, ctx: Context) {
        return availableSlots(ctx.db, await visibleOrder(ctx, args.orderId), catalog.clock.now());
      },
    },
    Mutation: {
      async placeOrder(_: unknown, { input }: MutationPlaceOrderArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, BUYERS);
        const account = await visibleAccount(ctx, input.accountId);
        ctx.audit.companyId = account.companyId;
        const id = await ctx.db.transaction((tx) =>
          placeOrder(tx, account, input, actorOf(viewer), catalog.clock.now()),
        );
        return { order: await ctx.db.getRepository(Order).findOneByOrFail({ id }), sequence: null };
      },
      async chooseVisitSlot(_: unknown, { input }: MutationChooseVisitSlotArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, RECEIVERS);
        await visibleOrder(ctx, input.orderId);
        const order = await ctx.db.transaction(async (tx) => {
          const locked = await lockOrder(tx, input.orderId, companyScope(viewer));
          ctx.audit.companyId = locked.companyId;
          await bookSlot(tx, locked, input.slotId, catalog.clock.now());
          return locked;
        });
        return { order, sequence: null };
      },
      async confirmOrderExecution(_: unknown, { input }: MutationConfirmOrderExecutionArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, RECEIVERS);
        return move(ctx, viewer, input.orderId, 'COMPLETED', null);
      },
      async returnOrderToWork(_: unknown, { input }: MutationReturnOrderToWorkArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, RECEIVERS);
        return move(ctx, viewer, input.orderId, 'IN_PROGRESS', reasonOf(input.reason, true));
      },
      async cancelOrder(_: unknown, { input }: MutationCancelOrderArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, BUYERS);
        return move(ctx, viewer, input.orderId, 'CANCELLED', reasonOf(input.reason));
      },
      async advanceOrder(_: unknown, { input }: MutationAdvanceOrderArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, STAFF);
        const reason = reasonOf(input.reason, input.step === 'REJECT');
        if (!isUuid(input.orderId)) throw notFound('Order');
        return ctx.db.transaction(async (tx) => {
          const order = await lockOrder(tx, input.orderId, null);
          ctx.audit.companyId = order.companyId;
          if (input.step === 'START_WORK') {
            const [visit] = await tx.query('SELECT 1 FROM visit_bookings WHERE order_id = $1', [order.id]);
            if (!visit && order.status === 'SCHEDULING') {
              throw preconditionFailed('Work starts once the customer has booked a technician visit', [
                { field: 'orderId', message: 'has no visit booked' },
              ]);
            }
          }
          const status = STAFF_STEPS[input.step];
          return moveOrder(tx, order, { status, actor: actorOf(viewer), reason }, catalog.clock.now());
        });
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
      items: (order: Order, _args: unknown, ctx: Context) => ctx.loaders.orderItems.load(order.id),
      visit: (order: Order, _args: unknown, ctx: Context) => ctx.loaders.visit.load(order.id),
      history: (order: Order, _args: unknown, ctx: Context) => ctx.loaders.orderHistory.load(order.id),
      account: (order: Order) => ({ id: order.accountId }),
    },
    OrderItem: {
      tariff: (item: OrderItemRow, _args: unknown, ctx: Context) => ctx.loaders.tariff.load(item.tariffId),
      options: (item: OrderItemRow, _args: unknown, ctx: Context) =>
        ctx.loaders.option.loadMany(item.optionIds),
    },
    Company: {
      async orders(company: { id: string }, args: CompanyOrdersArgs, ctx: Context) {
        visibleCompany(company, ctx.viewer);
        const limit = pageSize(args.first);
        const after = decodeCursor(args.after, ['timestamp', 'uuid']) as [string, string] | null;
        const accountId = args.filter?.accountId ?? null;
        // An id that is no account's names nothing the caller may see: an empty page, not a database error.
        if (accountId !== null && !isUuid(accountId)) return toConnection([], limit, () => []);
        const rows = await ctx.loaders.orderPage.load({
          companyId: company.id,
          limit: limit + 1,
          filter: { status: args.filter?.status?.length ? args.filter.status : null, accountId },
          after,
        });
        return toConnection(rows, limit, (o) => [o.createdAt.toISOString(), o.id]);
      },
    },
    OrderStatusChange: {
      // The event names the order; its current fields are read once per event, scoped to the caller.
      order: async (change: { order: { id: string } }, _args: unknown, ctx: Context) =>
        (await ctx.loaders.order.load(change.order.id)) ?? notFound('Order'),
    },
  };
};
