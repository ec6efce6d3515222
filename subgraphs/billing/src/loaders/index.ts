import { alignOne, rowsById, scopeToCompany, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { BillingAccount, LedgerEntry } from '../data/entities';

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    entry: rowsById(db, LedgerEntry, viewer, 'companyId', 'accountId'),

    /**
     * Balance in minor units per account: one statement for any number of accounts. null for an account
     * billing does not know, or not the caller's.
     */
    balance: new DataLoader<string, bigint | null>(async (accountIds) => {
      const qb = db
        .getRepository(BillingAccount)
        .createQueryBuilder('a')
        .select(['a.accountId', 'a.balanceMinor'])
        .where('a.accountId = ANY(:accountIds)', { accountIds });
      scopeToCompany(qb, viewer, 'a.companyId', 'a.accountId');
      const rows = await qb.getMany();
      return alignOne(accountIds, rows, (r) => r.accountId).map((r) => (r ? BigInt(r.balanceMinor) : null));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
