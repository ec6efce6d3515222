import { companyScopeSql, rowsById, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Payment } from '../data/entities';
import { PAYMENT_COLUMNS } from './rows';

/** One page of one account's payments: newest first, after the cursor's (createdAt, id). */
export interface PaymentPageKey {
  accountId: string;
  /** Rows to fetch (the page size plus one, to tell whether more follow). */
  limit: number;
  after: [string, string] | null;
}

/** Per-request payment loaders, scoped to the caller's company and access list like every other. */
export function paymentLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    payment: rowsById(db, Payment, viewer, 'companyId', 'accountId'),

    /** Pages of many accounts' payments in one statement (a list of accounts asking for theirs). */
    paymentPage: new DataLoader<PaymentPageKey, Payment[], string>(
      async (keys) => {
        const scope = companyScopeSql(viewer, { company: 'p.company_id', account: 'p.account_id' }, 5);
        const rows: (Payment & { ord: number })[] = await db.query(
          `SELECT k.ord, p.* FROM unnest($1::uuid[], $2::int[], $3::timestamptz[], $4::uuid[])
             WITH ORDINALITY AS k(account_id, lim, after_at, after_id, ord)
           CROSS JOIN LATERAL (
             SELECT ${PAYMENT_COLUMNS} FROM payments p
             WHERE p.account_id = k.account_id AND ${scope.sql}
               AND (k.after_at IS NULL OR (p.created_at, p.id) < (k.after_at, k.after_id))
             ORDER BY p.created_at DESC, p.id DESC LIMIT k.lim
           ) p`,
          [
            keys.map((k) => k.accountId),
            keys.map((k) => k.limit),
            keys.map((k) => k.after?.[0] ?? null),
            keys.map((k) => k.after?.[1] ?? null),
            ...scope.params,
          ],
        );
        return keys.map((_, i) => rows.filter((r) => Number(r.ord) === i + 1));
      },
      { cacheKeyFn: (key) => JSON.stringify(key) },
    ),
  };
}
