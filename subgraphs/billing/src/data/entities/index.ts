import { BillingAccount } from './billing-account';
import { LedgerEntry, type LedgerEntryKind } from './ledger-entry';

export { BillingAccount, LedgerEntry, type LedgerEntryKind };
export const entities = [LedgerEntry, BillingAccount];
