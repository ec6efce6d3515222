import { BillingAccount } from './billing-account';
import { LedgerEntry, type LedgerEntryKind } from './ledger-entry';
import { Payment, type PaymentMethod, type PaymentState } from './payment';

export { BillingAccount, LedgerEntry, type LedgerEntryKind, Payment, type PaymentMethod, type PaymentState };
export const entities = [LedgerEntry, BillingAccount, Payment];
