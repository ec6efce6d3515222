import { alignMany, rowsById, scopeToCompany, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { Order, Service, Tariff } from '../data/entities';

/** Per-request loaders; company data is filtered by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    /** The public catalog: not company data, so not scoped. */
    tariff: rowsById(db, Tariff, viewer, null),

    servicesOfAccount: new DataLoader<string, Service[]>(async (accountIds) => {
      const qb = db
        .getRepository(Service)
        .createQueryBuilder('s')
        .where('s.accountId = ANY(:accountIds)', { accountIds })
        .andWhere("s.status <> 'TERMINATED'")
        .orderBy('s.activatedAt')
        .addOrderBy('s.id');
      scopeToCompany(qb, viewer, 's.companyId', 's.accountId');
      return alignMany(accountIds, await qb.getMany(), (s) => s.accountId);
    }),

    order: rowsById(db, Order, viewer, 'companyId', 'accountId'),

    ordersOfAccount: new DataLoader<string, Order[]>(async (accountIds) => {
      const qb = db
        .getRepository(Order)
        .createQueryBuilder('o')
        .where('o.accountId = ANY(:accountIds)', { accountIds })
        .orderBy('o.createdAt', 'DESC')
        .addOrderBy('o.id');
      scopeToCompany(qb, viewer, 'o.companyId', 'o.accountId');
      return alignMany(accountIds, await qb.getMany(), (o) => o.accountId);
    }),

    service: rowsById(db, Service, viewer, 'companyId', 'accountId'),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
