import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Credit limits and promised payments. An account's limit and whether its balance is below minus the limit
 * (so a crossing is announced once, not per charge); ledger entries that reverse another (a reversal is a new
 * entry of opposite sign, at most one per entry); promised payments, at most one open per account.
 */
export class Credit1765300000000 implements MigrationInterface {
  name = 'Credit1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE billing_accounts
        ADD COLUMN credit_limit_minor bigint NOT NULL DEFAULT 0 CHECK (credit_limit_minor >= 0),
        ADD COLUMN over_credit_limit boolean NOT NULL DEFAULT false`);
    await db.query(
      'ALTER TABLE ledger_entries ADD COLUMN reverses_entry_id uuid REFERENCES ledger_entries (id)',
    );
    await db.query(
      'CREATE UNIQUE INDEX ledger_entries_reversal ON ledger_entries (reverses_entry_id) WHERE reverses_entry_id IS NOT NULL',
    );
    await db.query(`
      CREATE TABLE promised_payments (
        id uuid PRIMARY KEY,
        account_id uuid NOT NULL,
        company_id uuid NOT NULL,
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        entry_id uuid NOT NULL REFERENCES ledger_entries (id),
        taken_at timestamptz NOT NULL,
        due_at timestamptz NOT NULL,
        state text NOT NULL CHECK (state IN ('OPEN', 'REPAID', 'REVERSED')),
        settled_at timestamptz,
        reversal_entry_id uuid REFERENCES ledger_entries (id)
      )`);
    await db.query(
      "CREATE UNIQUE INDEX promised_payments_one_open ON promised_payments (account_id) WHERE state = 'OPEN'",
    );
    await db.query('CREATE INDEX promised_payments_account ON promised_payments (account_id, taken_at)');
    await db.query("CREATE INDEX promised_payments_due ON promised_payments (due_at) WHERE state = 'OPEN'");
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE promised_payments');
    await db.query('ALTER TABLE ledger_entries DROP COLUMN reverses_entry_id');
    await db.query(
      'ALTER TABLE billing_accounts DROP COLUMN credit_limit_minor, DROP COLUMN over_credit_limit',
    );
  }
}
