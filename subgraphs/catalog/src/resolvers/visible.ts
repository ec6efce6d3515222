import { companyScopeSql, isUuid, notFound } from '@kabinet/kit';
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
export async function visibleAccount(
  ctx: Context,
  accountId: string,
): Promise<{ id: string; companyId: string }> {
  if (!isUuid(accountId)) throw notFound('Personal account');
  const scope = companyScopeSql(ctx.viewer, { company: 'company_id', account: 'id' }, 2);
  const [account] = await ctx.db.query(
    `SELECT id, company_id AS "companyId" FROM account_tree WHERE id = $1 AND kind = 'ACCOUNT' AND ${scope.sql}`,
    [accountId, ...scope.params],
  );
  if (!account) throw notFound('Personal account');
  return account;
}
