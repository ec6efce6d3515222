import { type DemoPlan, seedAccountTree } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { AccountGroup, Company, PersonalAccount } from './entities';

/** Companies, their branches and personal accounts of the demo world; repeatable. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  await db.transaction(async (tx) => {
    for (const company of plan.companies) {
      const { id, name, inn, kpp, legalAddress } = company;
      await tx
        .createQueryBuilder()
        .insert()
        .into(Company)
        .values({ id, name, inn, kpp, legalAddress })
        .orIgnore()
        .execute();
      await tx
        .createQueryBuilder()
        .insert()
        .into(AccountGroup)
        .values(company.groups.map((g) => ({ id: g.id, name: g.name, companyId: id, parentId: null })))
        .orIgnore()
        .execute();
      await tx
        .createQueryBuilder()
        .insert()
        .into(PersonalAccount)
        .values(
          company.accounts.map((a, i) => ({
            id: a.id,
            companyId: id,
            groupId: a.groupId,
            number: a.number,
            name: a.name,
            status: i % 17 === 16 ? ('SUSPENDED' as const) : ('ACTIVE' as const),
            openedAt: new Date(Date.UTC(2024, i % 12, 1 + (i % 27))),
          })),
        )
        .orIgnore()
        .execute();
    }
    await seedAccountTree(tx, plan);
  });
}
