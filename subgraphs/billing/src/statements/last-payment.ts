import { companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { OperationRow } from './statement';

/** Each account's latest payment, one statement for any number of accounts; null before the first. */
export const lastPaymentLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, OperationRow | null>(async (accountIds) => {
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: OperationRow[] = await db.query(
      `SELECT p.* FROM billing_accounts a
       CROSS JOIN LATERAL (
         SELECT e.id, e.account_id AS "accountId", e.kind, e.amount_minor::text AS "amountMinor", e.currency,
           e.description, e.occurred_at AS "occurredAt"
         FROM ledger_entries e
         WHERE e.account_id = a.account_id AND e.kind = 'PAYMENT' AND e.amount_minor > 0
         ORDER BY e.occurred_at DESC, e.id DESC LIMIT 1
       ) p
       WHERE a.account_id = ANY($1::uuid[]) AND ${scope.sql}`,
      [accountIds.filter(isUuid), ...scope.params],
    );
    const byAccount = new Map(rows.map((r) => [r.accountId, r]));
    return accountIds.map((id) => byAccount.get(id) ?? null);
  });
