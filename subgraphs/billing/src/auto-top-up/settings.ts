import { badInput, companyScopeSql, isUuid, notFound, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import { savedCardSql } from './trigger';

export interface AutoTopUpRow {
  accountId: string;
  enabled: boolean;
  thresholdMinor: string;
  amountMinor: string;
  currency: string;
  cardMask: string | null;
  lastTopUpAt: Date | null;
}

const SELECT = `SELECT t.account_id AS "accountId", t.enabled, t.threshold_minor::text AS "thresholdMinor",
    t.amount_minor::text AS "amountMinor", a.currency,
    ${savedCardSql('t.account_id', 'card_mask')} AS "cardMask",
    (SELECT max(d.created_at) FROM auto_top_up_days d
       WHERE d.account_id = t.account_id AND d.payment_id IS NOT NULL) AS "lastTopUpAt"
  FROM auto_top_ups t JOIN billing_accounts a ON a.account_id = t.account_id`;

export interface AutoTopUpSettings {
  accountId: string;
  thresholdMinor: bigint;
  amountMinor: bigint;
  enabled: boolean;
}

/**
 * Saves an account's auto top-up, if the caller may see the account; enabling needs a saved card
 * (BAD_USER_INPUT on `enabled`). The trigger (`trigger.ts`) reads the settings on its next pass.
 */
export async function saveAutoTopUp(
  tx: EntityManager,
  viewer: Viewer,
  settings: AutoTopUpSettings,
  now: Date,
): Promise<AutoTopUpRow> {
  if (!isUuid(settings.accountId)) throw notFound('Personal account');
  const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
  const [account]: { companyId: string; cardToken: string | null }[] = await tx.query(
    `SELECT a.company_id AS "companyId", ${savedCardSql('a.account_id', 'card_token')} AS "cardToken"
     FROM billing_accounts a WHERE a.account_id = $1 AND ${scope.sql}`,
    [settings.accountId, ...scope.params],
  );
  if (!account) throw notFound('Personal account');
  if (settings.enabled && !account.cardToken) {
    throw badInput([{ field: 'enabled', message: 'needs a saved card: pay by card once first' }]);
  }
  await tx.query(
    `INSERT INTO auto_top_ups (account_id, company_id, threshold_minor, amount_minor, enabled, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (account_id) DO UPDATE SET threshold_minor = $3, amount_minor = $4, enabled = $5, updated_at = $6`,
    [
      settings.accountId,
      account.companyId,
      String(settings.thresholdMinor),
      String(settings.amountMinor),
      settings.enabled,
      now,
    ],
  );
  const [row]: AutoTopUpRow[] = await tx.query(`${SELECT} WHERE t.account_id = $1`, [settings.accountId]);
  return row;
}

/** Each account's auto top-up, one statement per batch; null when never set or not visible to the caller. */
export const autoTopUpLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, AutoTopUpRow | null>(async (accountIds) => {
    const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
    const rows: AutoTopUpRow[] = await db.query(
      `${SELECT} WHERE t.account_id = ANY($1::uuid[]) AND ${scope.sql}`,
      [accountIds.filter(isUuid), ...scope.params],
    );
    const byId = new Map(rows.map((r) => [r.accountId, r]));
    return accountIds.map((id) => byId.get(id) ?? null);
  });
