import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Keeps each account's balance on its billing_accounts row, updated under the row lock every posting takes,
 * so a posting costs the same however long the account's ledger grows. The ledger stays the record.
 */
export class AccountBalances1764300000000 implements MigrationInterface {
  name = 'AccountBalances1764300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE billing_accounts ADD COLUMN balance_minor bigint NOT NULL DEFAULT 0');
    await db.query(`
      UPDATE billing_accounts b SET balance_minor = e.total
      FROM (SELECT account_id, sum(amount_minor) AS total FROM ledger_entries GROUP BY account_id) e
      WHERE e.account_id = b.account_id`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE billing_accounts DROP COLUMN balance_minor');
  }
}
