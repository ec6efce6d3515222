import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Auto top-up: per account, the threshold below which the saved card is charged and how much; and the days an
 * account was topped up, one row per Moscow day at most — the key that keeps it to once a day, across
 * replicas.
 */
export class AutoTopUp1765310000000 implements MigrationInterface {
  name = 'AutoTopUp1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE auto_top_ups (
        account_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        threshold_minor bigint NOT NULL CHECK (threshold_minor >= 0),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        enabled boolean NOT NULL,
        updated_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX auto_top_ups_enabled ON auto_top_ups (account_id) WHERE enabled');
    await db.query(`
      CREATE TABLE auto_top_up_days (
        account_id uuid NOT NULL,
        day date NOT NULL,
        payment_id uuid,
        created_at timestamptz NOT NULL,
        PRIMARY KEY (account_id, day)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE auto_top_up_days');
    await db.query('DROP TABLE auto_top_ups');
  }
}
