import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What statements and statistics read: an entry's service kind (charges per kind of service), and an index
 * in the order statements page through an account's entries (newest first, id breaking ties).
 */
export class Statements1765050000000 implements MigrationInterface {
  name = 'Statements1765050000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE ledger_entries ADD COLUMN service_kind text');
    await db.query(
      'CREATE INDEX ledger_entries_account_page ON ledger_entries (account_id, occurred_at, id)',
    );
    await db.query('DROP INDEX ledger_entries_account');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX ledger_entries_account ON ledger_entries (account_id, occurred_at)');
    await db.query('DROP INDEX ledger_entries_account_page');
    await db.query('ALTER TABLE ledger_entries DROP COLUMN service_kind');
  }
}
