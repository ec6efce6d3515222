import { companyScopeSql, groupKeys, isUuid, type PeriodRange, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { ExpenseGrouping } from '../generated/schema';

/** A company's money over the accounts the caller may see, in minor units. */
export interface CompanyTotals {
  balanceMinor: bigint;
  amountDueMinor: bigint;
}

/** Balance and debt totals per company, one statement for any number of companies. */
export const companyTotalsLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, CompanyTotals>(async (companyIds) => {
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: { companyId: string; balance: string; due: string }[] = await db.query(
      `SELECT a.company_id AS "companyId", sum(a.balance_minor)::text AS balance,
         sum(greatest(-a.balance_minor, 0))::text AS due
       FROM billing_accounts a WHERE a.company_id = ANY($1::uuid[]) AND ${scope.sql}
       GROUP BY a.company_id`,
      [companyIds.filter(isUuid), ...scope.params],
    );
    const byCompany = new Map(rows.map((r) => [r.companyId, r]));
    return companyIds.map((id) => {
      const row = byCompany.get(id);
      return { balanceMinor: BigInt(row?.balance ?? 0), amountDueMinor: BigInt(row?.due ?? 0) };
    });
  });

/** Company.expenses asked for. */
export interface ExpensesKey extends PeriodRange {
  companyId: string;
  groupBy: ExpenseGrouping;
}

export interface ExpenseRow {
  key: string;
  chargedMinor: bigint;
}

/** The SQL of each bucket: its key for an entry `e` (with `t`, the account's place in the account tree). */
const BUCKET: Record<ExpenseGrouping, string> = {
  SERVICE_KIND: `coalesce(e.service_kind, 'OTHER')`,
  ACCOUNT: 'e.account_id::text',
  // An account's enclosing groups run from the top down: the last is the group it sits in directly.
  GROUP: `coalesce(t.groups[array_length(t.groups, 1)]::text, 'OTHER')`,
  MONTH: `to_char(e.occurred_at AT TIME ZONE 'Europe/Moscow', 'YYYY-MM')`,
};

const expensesKey = (k: ExpensesKey) =>
  `${k.companyId}@${k.from.toISOString()}/${k.until.toISOString()}#${k.groupBy}`;

/**
 * Charges summed per bucket, largest first: one statement per grouping and period, however many companies.
 * Reversed charges net out. Only the accounts the caller may see count.
 */
export const expensesLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<ExpensesKey, ExpenseRow[], string>(
    async (keys) => {
      const found = new Map<string, ExpenseRow[]>();
      for (const group of groupKeys(keys, (key) => expensesKey({ ...key, companyId: '' }))) {
        const { from, until, groupBy } = group[0];
        const scope = companyScopeSql(viewer, { company: 'e.company_id', account: 'e.account_id' }, 4);
        const rows: { companyId: string; key: string; charged: string }[] = await db.query(
          `SELECT e.company_id AS "companyId", ${BUCKET[groupBy]} AS key, (-sum(e.amount_minor))::text AS charged
           FROM ledger_entries e
           LEFT JOIN account_tree t ON t.id = e.account_id AND t.kind = 'ACCOUNT'
           WHERE e.company_id = ANY($1::uuid[]) AND e.kind = 'CHARGE'
             AND e.occurred_at >= $2 AND e.occurred_at < $3 AND ${scope.sql}
           GROUP BY 1, 2 HAVING sum(e.amount_minor) <> 0
           ORDER BY sum(e.amount_minor), 2`,
          [group.map((k) => k.companyId).filter(isUuid), from, until, ...scope.params],
        );
        for (const key of group) {
          found.set(
            expensesKey(key),
            rows
              .filter((r) => r.companyId === key.companyId)
              .map((r) => ({ key: r.key, chargedMinor: BigInt(r.charged) })),
          );
        }
      }
      return keys.map((k) => found.get(expensesKey(k)) ?? []);
    },
    { cacheKeyFn: expensesKey },
  );
