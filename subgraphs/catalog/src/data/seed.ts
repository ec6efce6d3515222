import { type DemoPlan, seedAccountTree, stableId } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
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
      const services = company.accounts.flatMap((account, i) =>
        account.tariffCodes.map((code) => ({
          id: stableId(`service:${account.id}:${code}`),
          accountId: account.id,
          companyId: company.id,
          tariffId: tariffIds.get(code) as string,
          status: (i % 17 === 16 ? 'SUSPENDED' : 'ACTIVE') as Service['status'],
          activatedAt: new Date(Date.UTC(2024, i % 12, 2 + (i % 26))),
        })),
      );
      await tx.createQueryBuilder().insert().into(Service).values(services).orIgnore().execute();
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
