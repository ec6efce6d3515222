import type { DemoPlan } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { CompanyRequisites } from './content';

/** Writes (or refreshes) companies' requisites in billing's copy. */
export async function saveRequisites(tx: EntityManager, companies: CompanyRequisites[]): Promise<void> {
  if (companies.length === 0) return;
  await tx.query(
    `INSERT INTO company_requisites (company_id, name, inn, kpp, legal_address, contract_number)
     SELECT c."companyId", c.name, c.inn, c.kpp, c."legalAddress", c."contractNumber"
     FROM jsonb_to_recordset($1::jsonb) AS c("companyId" uuid, name text, inn text, kpp text,
       "legalAddress" text, "contractNumber" text)
     ON CONFLICT (company_id) DO UPDATE SET name = EXCLUDED.name, inn = EXCLUDED.inn, kpp = EXCLUDED.kpp,
       legal_address = EXCLUDED.legal_address, contract_number = EXCLUDED.contract_number`,
    [JSON.stringify(companies)],
  );
}

/** A demo company's contract number: the demo world has none, so one is derived from the INN (stable). */

/** The demo world's share of documents: companies' requisites and the account numbers documents print. */
export async function seedDocumentData(tx: EntityManager, plan: DemoPlan): Promise<void> {
  await saveRequisites(
    tx,
    plan.companies.map((c) => ({
      companyId: c.id,
      name: c.name,
      inn: c.inn,
      kpp: c.kpp,
      legalAddress: c.legalAddress,
      contractNumber: c.contractNumber,
    })),
  );
  await tx.query(
    `UPDATE billing_accounts b SET number = a.number
     FROM jsonb_to_recordset($1::jsonb) AS a(id uuid, number text) WHERE b.account_id = a.id`,
    [JSON.stringify(plan.companies.flatMap((c) => c.accounts.map((a) => ({ id: a.id, number: a.number }))))],
  );
}

const COLUMNS = `company_id AS "companyId", name, inn, kpp, legal_address AS "legalAddress",
  contract_number AS "contractNumber"`;

/** The requisites of many companies at once (for an account reached already, so not scoped again). */
export async function requisitesOfMany(
  db: Pick<EntityManager, 'query'>,
  companyIds: readonly string[],
): Promise<CompanyRequisites[]> {
  return db.query(`SELECT ${COLUMNS} FROM company_requisites WHERE company_id = ANY($1::uuid[])`, [
    companyIds,
  ]);
}

export async function requisitesOf(tx: EntityManager, companyId: string): Promise<CompanyRequisites | null> {
  const [row] = await tx.query(`SELECT ${COLUMNS} FROM company_requisites WHERE company_id = $1`, [
    companyId,
  ]);
  return row ?? null;
}

/** The company holding a contract, within `scope` (a company id; null for staff, who see every company). */
export async function contractHolder(
  tx: EntityManager,
  contractNumber: string,
  scope: string | null,
): Promise<CompanyRequisites | null> {
  const [row] = await tx.query(
    `SELECT ${COLUMNS} FROM company_requisites WHERE contract_number = $1 AND ($2::uuid IS NULL OR company_id = $2)`,
    [contractNumber, scope],
  );
  return row ?? null;
}
