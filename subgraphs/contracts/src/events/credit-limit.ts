import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/**
 * Billing, when a charge takes an account's balance below minus its credit limit (once per crossing, not for
 * every charge while below). The charge is still recorded; catalog suspends the account's active services.
 */
export const CREDIT_LIMIT_EXCEEDED = 'CreditLimitExceeded';

/**
 * Billing, when a posting (a payment, a credit, a raised limit) brings a balance that was below minus the
 * credit limit back to it or above. Catalog resumes the services it suspended for the limit.
 */
export const CREDIT_RESTORED = 'CreditRestored';

const creditLimitCrossing = z.looseObject({
  accountId: uuid,
  companyId: uuid,
  /** The balance right after the posting that crossed the limit. */
  balanceMinor: minorUnits,
  /** The credit limit in force (a positive amount: the balance may go this far below zero). */
  creditLimitMinor: minorUnits,
  currency: z.string(),
  /** The ledger entry that crossed the limit; null when a change of the limit itself did. */
  entryId: uuid.nullable(),
  occurredAt: instant,
});

export const creditLimitExceeded = creditLimitCrossing;
export type CreditLimitExceededPayload = z.infer<typeof creditLimitExceeded>;
export const creditRestored = creditLimitCrossing;
export type CreditRestoredPayload = z.infer<typeof creditRestored>;
