import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE tariffs (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('TELEPHONY', 'INTERNET', 'FREEPHONE', 'CLOUD_STORAGE')),
        monthly_fee_minor bigint NOT NULL CHECK (monthly_fee_minor >= 0),
        currency char(3) NOT NULL DEFAULT 'RUB',
        active boolean NOT NULL DEFAULT true
      )`);
    await db.query(`
      CREATE TABLE services (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        tariff_id uuid NOT NULL REFERENCES tariffs (id),
        status text NOT NULL CHECK (status IN ('PENDING_ACTIVE', 'ACTIVE', 'SUSPENDED', 'TERMINATED')),
        activated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX services_account ON services (account_id)');
    await db.query('CREATE INDEX services_company ON services (company_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE services');
    await db.query('DROP TABLE tariffs');
  }
}
