import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Applications from businesses without a contract yet (prospects): flagged, so staff find them in their queue;
 * approving one makes its first contract and personal account, numbered from series of their own.
 */
export class Prospects1765530000000 implements MigrationInterface {
  name = 'Prospects1765530000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE registration_applications ADD COLUMN prospect boolean NOT NULL DEFAULT false',
    );
    await db.query('CREATE SEQUENCE prospect_contract_numbers');
    // Personal account numbers of prospects start with 9: no contract issued elsewhere uses the series.
    await db.query('CREATE SEQUENCE prospect_account_numbers START 900000001');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP SEQUENCE prospect_account_numbers');
    await db.query('DROP SEQUENCE prospect_contract_numbers');
    await db.query('ALTER TABLE registration_applications DROP COLUMN prospect');
  }
}
