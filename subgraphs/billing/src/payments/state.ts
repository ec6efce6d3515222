import {
  PAYMENT_FAILED,
  PAYMENT_SUCCEEDED,
  type PaymentFailedPayload,
  type PaymentSucceededPayload,
} from '@kabinet/contracts';
import { companyStream, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Payment } from '../data/entities';
import { postEntries } from '../ledger/post-entry';
import { nextNumber, RECEIPT_SERIES } from './numbers';

/**
 * The payment state machine: PENDING → SUCCEEDED | DECLINED | EXPIRED, nothing else. Each move is one
 * conditional UPDATE (`WHERE state = 'PENDING'`) on a row the caller locked, in the caller's transaction,
 * with its event — so a payment ends once, and only SUCCEEDED moves money: exactly once, however many
 * webhooks or registry lines arrive for it.
 */
async function leavePending(tx: EntityManager, payment: Payment, set: Record<string, unknown>, now: Date) {
  if (payment.state !== 'PENDING') throw new Error(`payment ${payment.id} is ${payment.state}, not PENDING`);
  const columns = Object.keys(set);
  const [, updated] = await tx.query(
    `UPDATE payments SET ${columns.map((c, i) => `${c} = $${i + 3}`).join(', ')}, completed_at = $2,
       needs_confirmation = false
     WHERE id = $1 AND state = 'PENDING'`,
    [payment.id, now, ...Object.values(set)],
  );
  if (updated !== 1) throw new Error(`payment ${payment.id} left PENDING under us`);
}

const base = (payment: Payment, now: Date) => ({
  paymentId: payment.id,
  accountId: payment.accountId,
  method: payment.method,
  amountMinor: String(payment.amountMinor),
  currency: payment.currency,
  completedAt: now.toISOString(),
});

/**
 * Settles a payment: its money goes to the ledger (or, for a bank transfer, is already there: `entryId` is
 * the registry's own posting), the payment becomes SUCCEEDED and PaymentSucceeded is published.
 */
export async function succeed(
  tx: EntityManager,
  payment: Payment,
  now: Date,
  how:
    | { card: { mask: string; token: string | null } }
    | { entryId: string; description?: never; card?: never },
): Promise<void> {
  let entryId: string;
  const set: Record<string, unknown> = { state: 'SUCCEEDED' };
  if ('card' in how && how.card) {
    const [posted] = await postEntries(
      tx,
      payment.companyId,
      [
        {
          accountId: payment.accountId,
          kind: 'PAYMENT',
          amountMinor: BigInt(payment.amountMinor),
          description: `Оплата банковской картой ${how.card.mask}`,
        },
      ],
      now,
    );
    entryId = posted.payload.entry.id;
    Object.assign(set, {
      card_mask: how.card.mask,
      card_token: how.card.token,
      receipt_number: await nextNumber(tx, RECEIPT_SERIES, now),
    });
  } else {
    entryId = how.entryId;
  }
  await leavePending(tx, payment, { ...set, ledger_entry_id: entryId }, now);
  const payload: PaymentSucceededPayload = { ...base(payment, now), entryId };
  await publishMany(tx, [
    {
      stream: companyStream(payment.companyId),
      type: PAYMENT_SUCCEEDED,
      companyId: payment.companyId,
      payload,
    },
  ]);
}

/** Ends a payment without money: DECLINED by the acquirer, or EXPIRED unpaid. Publishes PaymentFailed. */
export async function fail(
  tx: EntityManager,
  payments: Payment[],
  state: 'DECLINED' | 'EXPIRED',
  reason: string,
  now: Date,
): Promise<void> {
  for (const payment of payments) await leavePending(tx, payment, { state, failure_reason: reason }, now);
  await publishMany(
    tx,
    payments.map((payment) => {
      const payload: PaymentFailedPayload = { ...base(payment, now), state, reason };
      return {
        stream: companyStream(payment.companyId),
        type: PAYMENT_FAILED,
        companyId: payment.companyId,
        payload,
      };
    }),
  );
}
