import { alignOne, rowsById, scopeToCompany, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LedgerEntry } from '../data/entities';

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    entry: rowsById(db, LedgerEntry, viewer, 'companyId'),

    /** Balance in minor units per account, summed in the database: one statement for any number of accounts. */
    balance: new DataLoader<string, bigint>(async (accountIds) => {
      const qb = db
        .getRepository(LedgerEntry)
        .createQueryBuilder('e')
        .select('e.accountId', 'accountId')
        .addSelect('sum(e.amountMinor)::text', 'total')
        .where('e.accountId = ANY(:accountIds)', { accountIds })
        .groupBy('e.accountId');
      scopeToCompany(qb, viewer, 'e.companyId');
      const rows = await qb.getRawMany<{ accountId: string; total: string }>();
      return alignOne(accountIds, rows, (r) => r.accountId).map((r) => BigInt(r?.total ?? 0));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
