import { type Logger, moscowDate } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { pollInBatches } from '../credit/poll';
import type { Billing } from '../runtime';
import { chargeSavedCard } from './card-charge';

/** Accounts one pass tops up at most; the rest wait for the next pass. */
const BATCH = 100;

interface Due {
  accountId: string;
  companyId: string;
  amountMinor: string;
  currency: string;
  cardToken: string | null;
}

/**
 * The card auto top-up charges: the one saved by the latest successful card payment the customer made
 * themselves (top-ups have no user behind them, and an acquirer may answer an off-session charge with a
 * token of its own). `column` is `card_token` or `card_mask`.
 */
export const savedCardSql = (account: string, column: 'card_token' | 'card_mask') => `(SELECT p.${column}
  FROM payments p WHERE p.account_id = ${account} AND p.method = 'CARD' AND p.state = 'SUCCEEDED'
    AND p.created_by IS NOT NULL AND p.card_token IS NOT NULL
  ORDER BY p.completed_at DESC, p.created_at DESC LIMIT 1)`;

/**
 * Tops up the accounts whose balance is below their enabled threshold and that have not been topped up
 * this Moscow day (by `now`): claims the day (the table's key admits one row per account and day, so two
 * replicas cannot both charge), then charges the saved card. An account with no saved card any more is
 * marked for the day without a payment. Returns how many accounts it handled.
 */
export async function topUpDueAccounts(billing: Billing, tx: EntityManager, now: Date): Promise<number> {
  const day = moscowDate(now);
  const due: Due[] = await tx.query(
    `SELECT t.account_id AS "accountId", t.company_id AS "companyId", t.amount_minor::text AS "amountMinor",
       a.currency, ${savedCardSql('t.account_id', 'card_token')} AS "cardToken"
     FROM auto_top_ups t JOIN billing_accounts a ON a.account_id = t.account_id
     WHERE t.enabled AND a.balance_minor < t.threshold_minor
       AND NOT EXISTS (SELECT 1 FROM auto_top_up_days d WHERE d.account_id = t.account_id AND d.day = $1)
     ORDER BY t.account_id LIMIT $2 FOR UPDATE OF t SKIP LOCKED`,
    [day, BATCH],
  );
  for (const account of due) {
    const [claimed] = await tx.query(
      `INSERT INTO auto_top_up_days (account_id, day, created_at) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING account_id`,
      [account.accountId, day, now],
    );
    if (!claimed || !account.cardToken) continue;
    const paymentId = await chargeSavedCard(
      billing,
      tx,
      { ...account, amountMinor: BigInt(account.amountMinor), cardToken: account.cardToken, day },
      now,
    );
    await tx.query('UPDATE auto_top_up_days SET payment_id = $3 WHERE account_id = $1 AND day = $2', [
      account.accountId,
      day,
      paymentId,
    ]);
  }
  return due.length;
}

/** Looks for accounts to top up every `pollMs`, by billing's clock, until stopped. */
export const autoTopUps = (billing: Billing, deps: { db: DataSource; log: Logger }, pollMs: number) =>
  pollInBatches('auto-top-ups', deps, pollMs, BATCH, (tx) =>
    topUpDueAccounts(billing, tx, billing.clock.now()),
  );
