import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';
import { PAYMENT_METHODS } from './payment-succeeded';

/** Billing, when a payment ended without money: declined by the acquirer, or expired unpaid. */
export const PAYMENT_FAILED = 'PaymentFailed';

export const paymentFailed = z.looseObject({
  paymentId: uuid,
  accountId: uuid,
  method: z.enum(PAYMENT_METHODS),
  amountMinor: minorUnits,
  currency: z.string(),
  state: z.enum(['DECLINED', 'EXPIRED']),
  reason: z.string(),
  completedAt: instant,
});
export type PaymentFailedPayload = z.infer<typeof paymentFailed>;
