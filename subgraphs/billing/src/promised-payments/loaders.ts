import { companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';

export type PromisedPaymentState = 'OPEN' | 'REPAID' | 'REVERSED';

export interface PromisedPaymentRow {
  id: string;
  accountId: string;
  amountMinor: string;
  currency: string;
  entryId: string;
  takenAt: Date;
  dueAt: Date;
  state: PromisedPaymentState;
  settledAt: Date | null;
  reversalEntryId: string | null;
}

/** An account's promised payments as its fields need them. */
export interface AccountPromisedPayments {
  /** The open one, or else the latest; null if it never took one. */
  latest: PromisedPaymentRow | null;
  /** When one of its promised payments was last reversed unpaid. */
  lastReversedAt: Date | null;
}

/**
 * Per account: its latest promised payment and its last reversal, one statement for any number of accounts.
 * null for an account not visible to the caller.
 */
export const promisedPaymentLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, AccountPromisedPayments | null>(async (accountIds) => {
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: (AccountPromisedPayments & { accountId: string })[] = await db.query(
      `SELECT a.account_id AS "accountId",
         (SELECT row_to_json(p) FROM (
            SELECT id, account_id AS "accountId", amount_minor::text AS "amountMinor", currency,
              entry_id AS "entryId", taken_at AS "takenAt", due_at AS "dueAt", state, settled_at AS "settledAt",
              reversal_entry_id AS "reversalEntryId"
            FROM promised_payments WHERE account_id = a.account_id
            ORDER BY state = 'OPEN' DESC, taken_at DESC LIMIT 1) p) AS latest,
         (SELECT max(settled_at) FROM promised_payments
          WHERE account_id = a.account_id AND state = 'REVERSED') AS "lastReversedAt"
       FROM billing_accounts a WHERE a.account_id = ANY($1::uuid[]) AND ${scope.sql}`,
      [accountIds.filter(isUuid), ...scope.params],
    );
    const byId = new Map(rows.map((r) => [r.accountId, r]));
    return accountIds.map((id) => {
      const row = byId.get(id);
      return row ? { latest: row.latest, lastReversedAt: row.lastReversedAt } : null;
    });
  });
