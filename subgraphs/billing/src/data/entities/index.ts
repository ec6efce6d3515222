import { LedgerEntry } from './ledger-entry';

export { LedgerEntry };
export const entities = [LedgerEntry];
