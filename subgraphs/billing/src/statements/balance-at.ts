import { companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** A balance asked for: of an account, just before an instant. */
export interface BalanceAsOf {
  accountId: string;
  before: Date;
}

const keyOf = (k: BalanceAsOf) => `${k.accountId}@${k.before.toISOString()}`;

/**
 * Balances at instants (the sum of the entries before each), one statement per batch; null for an account
 * not visible to the caller. The ledger is the record, so any past balance is exact.
 */
export const balanceAtLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<BalanceAsOf, bigint | null, string>(
    async (keys) => {
      const asked = keys.filter((k) => isUuid(k.accountId));
      const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 3);
      const rows: { accountId: string; before: Date; balance: string }[] = await db.query(
        `SELECT q.account_id AS "accountId", q.before,
           (SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entries e
            WHERE e.account_id = q.account_id AND e.occurred_at < q.before)::text AS balance
         FROM unnest($1::uuid[], $2::timestamptz[]) AS q(account_id, before)
         JOIN billing_accounts a ON a.account_id = q.account_id
         WHERE ${scope.sql}`,
        [asked.map((k) => k.accountId), asked.map((k) => k.before.toISOString()), ...scope.params],
      );
      const byKey = new Map(rows.map((r) => [keyOf({ accountId: r.accountId, before: r.before }), r]));
      return keys.map((k) => {
        const row = byKey.get(keyOf(k));
        return row ? BigInt(row.balance) : null;
      });
    },
    { cacheKeyFn: keyOf },
  );
