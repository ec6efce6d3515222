import { companyScopeSql, groupKeys, isUuid, type PeriodRange, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { CompanyTotals } from './company-money';

/**
 * Money per group of accounts, subgroups included: every account counts toward each group on its path (billing's
 * copy of the account tree). One statement for any number of groups, so a whole tree of totals costs one; only
 * the accounts the caller may see count.
 */
export const groupTotalsLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, CompanyTotals>(async (groupIds) => {
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: { groupId: string; balance: string; due: string }[] = await db.query(
      `SELECT g.id AS "groupId", sum(a.balance_minor)::text AS balance,
         sum(greatest(-a.balance_minor, 0))::text AS due
       FROM unnest($1::uuid[]) AS g(id)
       JOIN account_tree t ON t.kind = 'ACCOUNT' AND g.id = ANY(t.groups)
       JOIN billing_accounts a ON a.account_id = t.id
       WHERE ${scope.sql}
       GROUP BY g.id`,
      [groupIds.filter(isUuid), ...scope.params],
    );
    const byGroup = new Map(rows.map((r) => [r.groupId, r]));
    return groupIds.map((id) => {
      const row = byGroup.get(id);
      return { balanceMinor: BigInt(row?.balance ?? 0), amountDueMinor: BigInt(row?.due ?? 0) };
    });
  });

/** A group's charges over a period, by service kind. */
export interface GroupExpensesKey extends PeriodRange {
  groupId: string;
}

const periodOf = (k: PeriodRange) => `${k.from.toISOString()}/${k.until.toISOString()}`;
const groupExpensesKey = (k: GroupExpensesKey) => `${k.groupId}@${periodOf(k)}`;

/** Charges per group and service kind over a period, subgroups included: one statement per period. */
export const groupExpensesLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<GroupExpensesKey, { key: string; chargedMinor: bigint }[], string>(
    async (keys) => {
      const found = new Map<string, { key: string; chargedMinor: bigint }[]>();
      for (const group of groupKeys(keys, periodOf)) {
        const { from, until } = group[0];
        const scope = companyScopeSql(viewer, { company: 'e.company_id', account: 'e.account_id' }, 4);
        const rows: { groupId: string; key: string; charged: string }[] = await db.query(
          `SELECT g.id AS "groupId", coalesce(e.service_kind, 'OTHER') AS key, (-sum(e.amount_minor))::text AS charged
           FROM unnest($1::uuid[]) AS g(id)
           JOIN account_tree t ON t.kind = 'ACCOUNT' AND g.id = ANY(t.groups)
           JOIN ledger_entries e ON e.account_id = t.id
           WHERE e.kind = 'CHARGE' AND e.occurred_at >= $2 AND e.occurred_at < $3 AND ${scope.sql}
           GROUP BY 1, 2 HAVING sum(e.amount_minor) <> 0
           ORDER BY sum(e.amount_minor), 2`,
          [group.map((k) => k.groupId).filter(isUuid), from, until, ...scope.params],
        );
        for (const key of group) {
          found.set(
            groupExpensesKey(key),
            rows
              .filter((r) => r.groupId === key.groupId)
              .map((r) => ({ key: r.key, chargedMinor: BigInt(r.charged) })),
          );
        }
      }
      return keys.map((k) => found.get(groupExpensesKey(k)) ?? []);
    },
    { cacheKeyFn: groupExpensesKey },
  );
