import { type DemoPlan, seedAccountTree, stableId } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { announceActivated, announceSuspended } from '../services/lifecycle';
import { Order, Service, Tariff } from './entities';

/** The tariff catalog and the services connected on demo accounts; repeatable. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  const tariffIds = new Map(plan.tariffs.map((t) => [t.code, t.id]));
  await db.transaction(async (tx) => {
    await tx
      .createQueryBuilder()
      .insert()
      .into(Tariff)
      .values(
        plan.tariffs.map((t) => ({
          id: t.id,
          code: t.code,
          name: t.name,
          kind: t.kind,
          monthlyFeeMinor: String(t.monthlyFeeMinor),
          currency: 'RUB',
          active: true,
        })),
      )
      .orIgnore()
      .execute();
    for (const company of plan.companies) {
      const services = company.accounts.flatMap((account) =>
        account.services.map((service) => ({
          id: service.id,
          accountId: account.id,
          companyId: company.id,
          tariffId: tariffIds.get(service.tariffCode) as string,
          status: (service.suspendedAt ? 'SUSPENDED' : 'ACTIVE') as Service['status'],
          activatedAt: service.activatedAt,
        })),
      );
      const suspendedAt = new Map(
        company.accounts.flatMap((account) => account.services.map((s) => [s.id, s.suspendedAt] as const)),
      );
      // Only services new to the database are announced, so seeding again publishes nothing twice.
      // In slices: one INSERT may carry at most 65,535 parameters.
      const added = new Set<string>();
      for (let i = 0; i < services.length; i += 5_000) {
        const slice = services.slice(i, i + 5_000);
        const inserted = await tx
          .createQueryBuilder()
          .insert()
          .into(Service)
          .values(slice)
          .orIgnore()
          .returning('id')
          .execute();
        for (const row of inserted.raw as { id: string }[]) added.add(row.id);
      }
      await announceActivated(tx, [...added]);
      for (const service of services.filter((s) => added.has(s.id))) {
        const at = suspendedAt.get(service.id);
        if (at) await announceSuspended(tx, [service], null, at);
      }
      // Every fifth account has an upgrade to the faster internet tariff on its way.
      const orders = company.accounts
        .filter((_, i) => i % 5 === 0)
        .map((account, i) => ({
          id: stableId(`order:${account.id}`),
          accountId: account.id,
          companyId: company.id,
          tariffId: tariffIds.get('NET-500') as string,
          status: (i % 2 === 0 ? 'IN_PROGRESS' : 'ACKNOWLEDGED') as Order['status'],
          statusReason: null,
          createdAt: new Date(Date.UTC(2026, 10, 1 + (i % 20))),
          updatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 20))),
        }));
      if (orders.length > 0)
        await tx.createQueryBuilder().insert().into(Order).values(orders).orIgnore().execute();
    }
  });
  await seedAccountTree(db.manager, plan);
}
