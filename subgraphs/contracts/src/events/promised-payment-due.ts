import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/**
 * Billing, when a promised payment was not repaid by its deadline: it has been reversed by a reversing
 * ledger entry and the account is barred from promised payments for a while. Support notifies the customer.
 */
export const PROMISED_PAYMENT_DUE = 'PromisedPaymentDue';

export const promisedPaymentDue = z.looseObject({
  promisedPaymentId: uuid,
  accountId: uuid,
  companyId: uuid,
  amountMinor: minorUnits,
  currency: z.string(),
  /** The reversing ledger entry that took the amount back off the balance. */
  reversalEntryId: uuid,
  dueAt: instant,
  /** The balance right after the reversal. */
  balanceMinor: minorUnits,
  occurredAt: instant,
});
export type PromisedPaymentDuePayload = z.infer<typeof promisedPaymentDue>;
