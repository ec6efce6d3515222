import type { MigrationInterface, QueryRunner } from 'typeorm';

export class BillingAccounts1764200000000 implements MigrationInterface {
  name = 'BillingAccounts1764200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE billing_accounts (
        account_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        currency char(3) NOT NULL DEFAULT 'RUB'
      )`);
    await db.query('CREATE INDEX billing_accounts_company ON billing_accounts (company_id)');
    await db.query(`
      INSERT INTO billing_accounts (account_id, company_id, currency)
      SELECT DISTINCT ON (account_id) account_id, company_id, currency FROM ledger_entries`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE billing_accounts');
  }
}
