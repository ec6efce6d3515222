import { ORDER_PLACED, ORDER_STATUS_CHANGED, parseEvent } from '@kabinet/contracts';
import { isUuid, type Logger, notFound, startConsumer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';

/** Support's copy of which orders are whose: a ticket about an order must be about one of its company's. */
export const companyOrders = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'catalog',
    name: 'support.company-orders',
    types: [ORDER_PLACED, ORDER_STATUS_CHANGED],
    log,
    async handle(event, tx) {
      const order =
        event.type === ORDER_PLACED
          ? parseEvent(ORDER_PLACED, event.payload)
          : { ...parseEvent(ORDER_STATUS_CHANGED, event.payload), companyId: event.companyId as string };
      await tx.query(
        `INSERT INTO company_orders (order_id, company_id, account_id) VALUES ($1, $2, $3)
         ON CONFLICT (order_id) DO NOTHING`,
        [order.orderId, order.companyId, order.accountId],
      );
    },
  });

/**
 * The account a ticket about a service or an order is about: theirs, checked to be the company's (and the
 * account named, if one is). A service or order of another company is not found, like one that does not exist.
 */
export async function subjectAccount(
  tx: EntityManager,
  companyId: string,
  input: { accountId?: string | null; serviceId?: string | null; orderId?: string | null },
): Promise<string | null> {
  let accountId = input.accountId ?? null;
  const check = async (field: 'serviceId' | 'orderId', what: string, sql: string) => {
    const id = input[field];
    if (id == null) return;
    const [row]: { accountId: string }[] = isUuid(id) ? await tx.query(sql, [id, companyId]) : [];
    if (!row || (accountId !== null && row.accountId !== accountId)) throw notFound(what, field);
    accountId = row.accountId;
  };
  await check(
    'serviceId',
    'Service',
    'SELECT account_id AS "accountId" FROM company_services WHERE service_id = $1 AND company_id = $2',
  );
  await check(
    'orderId',
    'Order',
    'SELECT account_id AS "accountId" FROM company_orders WHERE order_id = $1 AND company_id = $2',
  );
  return accountId;
}
