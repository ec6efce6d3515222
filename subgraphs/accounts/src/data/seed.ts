import { type DemoPlan, legalOgrn, seedAccountTree, settlementAccount, stableId } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { AccountGroup, Company, PersonalAccount } from './entities';

/** Streets of the demo accounts' addresses (one with ё, which search reads as е). */
const STREETS = ['Зелёная', 'Садовая', 'Лесная', 'Новая', 'Заречная'];

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
            address: `${company.legalAddress.split(',')[0]}, ул. ${STREETS[i % STREETS.length]}, д. ${i + 1}`,
          })),
        )
        .orIgnore()
        .execute();
    }
    await seedRequisites(tx, plan);
    await seedAccountTree(tx, plan);
  });
}

const DEMO_BIK = '044525225';

/** The demo companies' OGRN, bank account, contract, branch KPP and manager, where they have none yet. */
async function seedRequisites(tx: EntityManager, plan: DemoPlan) {
  const manager = plan.staff.find((user) => user.role === 'OPERATOR');
  for (const [i, company] of plan.companies.entries()) {
    await tx.query(
      `UPDATE companies SET short_name = $2, ogrn = $3, postal_address = legal_address, contact_phone = $4,
         contact_email = $5, bank_name = 'ПАО Сбербанк', bik = $6, settlement_account = $7,
         correspondent_account = '30101810400000000225', manager_id = $8
       WHERE id = $1 AND ogrn IS NULL`,
      [
        company.id,
        company.name.replace('Общество с ограниченной ответственностью', 'ООО'),
        legalOgrn(`1027700${String(10_000 + i)}`),
        `+7495100${String(1000 + i).slice(-4)}`,
        `office@${company.key}.example`,
        DEMO_BIK,
        settlementAccount(DEMO_BIK, `4070281000000${String(100_000 + i)}`),
        manager?.id ?? null,
      ],
    );
    await tx.query(
      `INSERT INTO contracts (id, company_id, number, signed_on, type, status)
       VALUES ($1, $2, $3, '2024-01-15', 'SERVICES', 'ACTIVE') ON CONFLICT DO NOTHING`,
      [stableId(`contract:${company.key}`), company.id, company.contractNumber],
    );
    await tx.query(
      `INSERT INTO company_kpps (company_id, kpp, branch) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`,
      [company.id, '166001001', company.groups[1]?.name ?? 'Филиал'],
    );
  }
}
