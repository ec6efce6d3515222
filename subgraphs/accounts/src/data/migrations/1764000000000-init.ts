import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY,
        name text NOT NULL CHECK (length(trim(name)) > 0),
        inn varchar(12) NOT NULL,
        kpp varchar(9) NOT NULL,
        legal_address text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (inn, kpp)
      )`);
    await db.query(`
      CREATE TABLE account_groups (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies (id),
        parent_id uuid REFERENCES account_groups (id),
        name text NOT NULL
      )`);
    await db.query('CREATE INDEX account_groups_company ON account_groups (company_id)');
    await db.query(`
      CREATE TABLE personal_accounts (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL REFERENCES companies (id),
        group_id uuid REFERENCES account_groups (id),
        number varchar(20) NOT NULL UNIQUE,
        name text NOT NULL,
        status text NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED', 'CLOSED')),
        opened_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX personal_accounts_company_number ON personal_accounts (company_id, number)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE personal_accounts');
    await db.query('DROP TABLE account_groups');
    await db.query('DROP TABLE companies');
  }
}
