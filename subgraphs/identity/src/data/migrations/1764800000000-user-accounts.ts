import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The personal accounts a company user is limited to; null: every account of the company. */
export class UserAccounts1764800000000 implements MigrationInterface {
  name = 'UserAccounts1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      "ALTER TABLE users ADD COLUMN account_ids uuid[] CHECK (account_ids IS NULL OR role IN ('ACCOUNTANT', 'VIEWER'))",
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP COLUMN account_ids');
  }
}
