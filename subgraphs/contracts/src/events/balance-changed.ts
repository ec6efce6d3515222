import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/** Billing, for every ledger entry: the entry and the balance right after it. Subscriptions are built from it. */
export const BALANCE_CHANGED = 'BalanceChanged';

/** What moves money on a personal account; the kind decides the sign. */
export const LEDGER_ENTRY_KINDS = ['PAYMENT', 'CHARGE', 'CREDIT', 'REFUND', 'PROMISED_PAYMENT'] as const;
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number];

export const balanceChanged = z.looseObject({
  accountId: uuid,
  entry: z.looseObject({
    id: uuid,
    kind: z.enum(LEDGER_ENTRY_KINDS),
    amountMinor: minorUnits,
    currency: z.string(),
    description: z.string(),
    occurredAt: instant,
  }),
  balanceMinor: minorUnits,
});
export type BalanceChangedPayload = z.infer<typeof balanceChanged>;
