import { isUuid, notFound, visibleTreeAccount } from '@kabinet/kit';
import type { Context } from './context';

/** A service the caller may see (their company's, on their access list), or NOT_FOUND. */
export async function visibleService(ctx: Context, serviceId: string) {
  const service = isUuid(serviceId) ? await ctx.loaders.service.load(serviceId) : null;
  if (!service) throw notFound('Service');
  return service;
}

/** An order the caller may see, or NOT_FOUND. */
export async function visibleOrder(ctx: Context, orderId: string) {
  const order = isUuid(orderId) ? await ctx.loaders.order.load(orderId) : null;
  if (!order) throw notFound('Order');
  return order;
}

/** A personal account the caller may see (from the account tree accounts publishes), or NOT_FOUND. */
export const visibleAccount = (ctx: Context, accountId: string) =>
  visibleTreeAccount(ctx.db, ctx.viewer, accountId);
