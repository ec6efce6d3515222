import type { EntityManager } from 'typeorm';

/**
 * Marks REPAID the open promised payments of these accounts that are now covered: the PAYMENT entries posted
 * to the account since the promised payment was taken add up to at least its amount (credits, refunds and
 * charges do not count, a reversed payment counts negatively). Runs inside the posting, under its lock of
 * the accounts, so a payment and the deadline's reversal cannot both settle one promised payment.
 */
export async function settleRepaidPromisedPayments(
  tx: EntityManager,
  accountIds: string[],
  now: Date,
): Promise<void> {
  await tx.query(
    `UPDATE promised_payments p SET state = 'REPAID', settled_at = $2
     WHERE p.account_id = ANY($1) AND p.state = 'OPEN'
       AND p.amount_minor <= (SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entries e
         WHERE e.account_id = p.account_id AND e.kind = 'PAYMENT' AND e.occurred_at >= p.taken_at)`,
    [[...new Set(accountIds)], now],
  );
}
