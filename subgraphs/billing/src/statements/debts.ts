import { companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

/** What an account owes: the debt (0 when the balance is not negative) and when its oldest unpaid part was charged. */
export interface Debt {
  amountDueMinor: bigint;
  oldestUnpaidAt: Date | null;
}

/**
 * Debts per account, one statement for any number of accounts. Payments settle the oldest charges first, so
 * what is unpaid is the newest debits that add up to the debt: walking the debits newest first, the oldest
 * unpaid one is where their running sum first covers the debt. null for an account not visible to the caller.
 */
export const debtLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, Debt | null>(async (accountIds) => {
    const ids = accountIds.filter(isUuid);
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: { accountId: string; debt: string; oldestUnpaidAt: Date | null }[] = await db.query(
      `SELECT a.account_id AS "accountId", greatest(-a.balance_minor, 0)::text AS debt,
         CASE WHEN a.balance_minor < 0 THEN (
           SELECT d.occurred_at FROM (
             SELECT e.occurred_at, sum(-e.amount_minor) OVER (ORDER BY e.occurred_at DESC, e.id DESC) AS covered
             FROM ledger_entries e WHERE e.account_id = a.account_id AND e.amount_minor < 0
           ) d WHERE d.covered >= -a.balance_minor ORDER BY d.covered LIMIT 1)
         END AS "oldestUnpaidAt"
       FROM billing_accounts a WHERE a.account_id = ANY($1::uuid[]) AND ${scope.sql}`,
      [ids, ...scope.params],
    );
    const byId = new Map(rows.map((r) => [r.accountId, r]));
    return accountIds.map((id) => {
      const row = byId.get(id);
      return row ? { amountDueMinor: BigInt(row.debt), oldestUnpaidAt: row.oldestUnpaidAt } : null;
    });
  });
