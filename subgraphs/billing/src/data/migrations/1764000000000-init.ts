import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_entries (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('PAYMENT', 'CHARGE', 'CREDIT', 'REFUND', 'PROMISED_PAYMENT')),
        amount_minor bigint NOT NULL CHECK (amount_minor <> 0),
        currency char(3) NOT NULL DEFAULT 'RUB',
        description text NOT NULL,
        occurred_at timestamptz NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query('CREATE INDEX ledger_entries_account ON ledger_entries (account_id, occurred_at)');
    await db.query('CREATE INDEX ledger_entries_company ON ledger_entries (company_id, occurred_at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE ledger_entries');
  }
}
