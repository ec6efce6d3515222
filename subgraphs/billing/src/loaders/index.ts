import { alignOne, companyScope, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { LedgerEntry } from '../data/entities';

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    entry: new DataLoader<string, LedgerEntry | null>(async (ids) => {
      const scope = companyScope(viewer);
      const qb = db.getRepository(LedgerEntry).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids });
      if (scope !== null) qb.andWhere('e.companyId = :scope', { scope });
      return alignOne(ids, await qb.getMany(), (e) => e.id);
    }),

    /** Balance in minor units per account, summed in the database: one statement for any number of accounts. */
    balance: new DataLoader<string, bigint>(async (accountIds) => {
      const scope = companyScope(viewer);
      const qb = db
        .getRepository(LedgerEntry)
        .createQueryBuilder('e')
        .select('e.accountId', 'accountId')
        .addSelect('sum(e.amountMinor)::text', 'total')
        .where('e.accountId = ANY(:accountIds)', { accountIds })
        .groupBy('e.accountId');
      if (scope !== null) qb.andWhere('e.companyId = :scope', { scope });
      const rows = await qb.getRawMany<{ accountId: string; total: string }>();
      return alignOne(accountIds, rows, (r) => r.accountId).map((r) => BigInt(r?.total ?? 0));
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
