import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A company's full requisites: short name, OGRN, postal address, contacts, bank details, the KPPs of its branches,
 * its contracts and its personal manager (a staff user, from identity's review); and every change of them, with
 * who made it and the value before and after.
 */
export class Requisites1765500000000 implements MigrationInterface {
  name = 'Requisites1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE companies
        ADD COLUMN short_name text,
        ADD COLUMN ogrn text,
        ADD COLUMN postal_address text,
        ADD COLUMN contact_phone text,
        ADD COLUMN contact_email text,
        ADD COLUMN bank_name text,
        ADD COLUMN bik text,
        ADD COLUMN settlement_account text,
        ADD COLUMN correspondent_account text,
        ADD COLUMN manager_id uuid`);
    await db.query(`
      CREATE TABLE company_kpps (
        company_id uuid NOT NULL REFERENCES companies (id),
        kpp varchar(9) NOT NULL,
        branch text NOT NULL,
        PRIMARY KEY (company_id, kpp)
      )`);
    await db.query(`
      CREATE TABLE contracts (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies (id),
        number text NOT NULL UNIQUE,
        signed_on date NOT NULL,
        type text NOT NULL CHECK (type IN ('SERVICES', 'ADDENDUM', 'AGENCY')),
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'TERMINATED'))
      )`);
    await db.query('CREATE INDEX contracts_company ON contracts (company_id, signed_on)');
    await db.query(`
      CREATE TABLE requisites_changes (
        id bigserial PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies (id),
        field text NOT NULL,
        old_value text,
        new_value text,
        changed_at timestamptz NOT NULL,
        changed_by uuid NOT NULL
      )`);
    await db.query('CREATE INDEX requisites_changes_company ON requisites_changes (company_id, id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE requisites_changes');
    await db.query('DROP TABLE contracts');
    await db.query('DROP TABLE company_kpps');
    await db.query(`ALTER TABLE companies DROP COLUMN short_name, DROP COLUMN ogrn, DROP COLUMN postal_address,
      DROP COLUMN contact_phone, DROP COLUMN contact_email, DROP COLUMN bank_name, DROP COLUMN bik,
      DROP COLUMN settlement_account, DROP COLUMN correspondent_account, DROP COLUMN manager_id`);
  }
}
