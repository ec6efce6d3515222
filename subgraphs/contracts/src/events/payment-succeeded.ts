import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/** Billing, when a payment succeeded and its money was posted to the account (once per payment). */
export const PAYMENT_SUCCEEDED = 'PaymentSucceeded';

/** How a payment is made: by card through the acquirer, or by bank transfer against a bank invoice. */
export const PAYMENT_METHODS = ['CARD', 'INVOICE'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const paymentSucceeded = z.looseObject({
  paymentId: uuid,
  accountId: uuid,
  method: z.enum(PAYMENT_METHODS),
  amountMinor: minorUnits,
  currency: z.string(),
  /** The ledger entry that credited the account. */
  entryId: uuid,
  completedAt: instant,
});
export type PaymentSucceededPayload = z.infer<typeof paymentSucceeded>;
