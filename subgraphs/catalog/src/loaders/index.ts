import { alignMany, alignOne, companyScope, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Order, Service, Tariff } from '../data/entities';

/** Per-request loaders; company data is filtered by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** The public catalog: not company data, so not scoped. */
    tariff: new DataLoader<string, Tariff | null>(async (ids) => {
      const rows = await db
        .getRepository(Tariff)
        .createQueryBuilder('t')
        .where('t.id = ANY(:ids)', { ids })
        .getMany();
      return alignOne(ids, rows, (t) => t.id);
    }),

    servicesOfAccount: new DataLoader<string, Service[]>(async (accountIds) => {
      const scope = companyScope(viewer);
      const qb = db
        .getRepository(Service)
        .createQueryBuilder('s')
        .where('s.accountId = ANY(:accountIds)', { accountIds })
        .andWhere("s.status <> 'TERMINATED'")
        .orderBy('s.activatedAt')
        .addOrderBy('s.id');
      if (scope !== null) qb.andWhere('s.companyId = :scope', { scope });
      return alignMany(accountIds, await qb.getMany(), (s) => s.accountId);
    }),

    order: new DataLoader<string, Order | null>(async (ids) => {
      const scope = companyScope(viewer);
      const qb = db.getRepository(Order).createQueryBuilder('o').where('o.id = ANY(:ids)', { ids });
      if (scope !== null) qb.andWhere('o.companyId = :scope', { scope });
      return alignOne(ids, await qb.getMany(), (o) => o.id);
    }),

    ordersOfAccount: new DataLoader<string, Order[]>(async (accountIds) => {
      const scope = companyScope(viewer);
      const qb = db
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.accountId = ANY(:accountIds)', { accountIds })
        .orderBy('o.createdAt', 'DESC')
        .addOrderBy('o.id');
      if (scope !== null) qb.andWhere('o.companyId = :scope', { scope });
      return alignMany(accountIds, await qb.getMany(), (o) => o.accountId);
    }),

    service: new DataLoader<string, Service | null>(async (ids) => {
      const scope = companyScope(viewer);
      const qb = db.getRepository(Service).createQueryBuilder('s').where('s.id = ANY(:ids)', { ids });
      if (scope !== null) qb.andWhere('s.companyId = :scope', { scope });
      return alignOne(ids, await qb.getMany(), (s) => s.id);
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
