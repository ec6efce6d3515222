import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { CARD_PAYMENT_TTL_MS } from '../payments/expiry';
import type { Billing } from '../runtime';

/** An auto top-up to charge: the account, the amount, and the card saved by its last card payment. */
export interface TopUpRequest {
  accountId: string;
  companyId: string;
  amountMinor: bigint;
  currency: string;
  cardToken: string;
  /** The Moscow day it is for: one top-up per account and day. */
  day: string;
}

/**
 * Charges the saved card off-session through the acquirer adapter: a CARD payment, PENDING like any other,
 * with no user behind it (created_by null), whose outcome arrives by the acquirer's webhook — SUCCEEDED posts
 * the PAYMENT to the ledger exactly once, as for a payment the customer made (see `payments/state.ts`).
 * Called inside the transaction that claims the day; the webhook retries until it has committed.
 */
export async function chargeSavedCard(
  billing: Billing,
  tx: EntityManager,
  request: TopUpRequest,
  now: Date,
): Promise<string> {
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + CARD_PAYMENT_TTL_MS);
  await tx.query(
    `INSERT INTO payments (id, account_id, company_id, method, state, amount_minor, currency, idempotency_key,
       created_by, created_at, expires_at)
     VALUES ($1, $2, $3, 'CARD', 'PENDING', $4, $5, $6, NULL, $7, $8)`,
    [
      id,
      request.accountId,
      request.companyId,
      String(request.amountMinor),
      request.currency,
      `auto-top-up:${request.day}`,
      now,
      expiresAt,
    ],
  );
  const { reference } = await billing.acquirer.chargeSavedCard({
    paymentId: id,
    amountMinor: request.amountMinor,
    currency: request.currency,
    description: `Автопополнение лицевого счёта, платёж ${id.slice(0, 8)}`,
    expiresAt,
    cardToken: request.cardToken,
  });
  await tx.query('UPDATE payments SET acquirer_reference = $2 WHERE id = $1', [id, reference]);
  return id;
}
