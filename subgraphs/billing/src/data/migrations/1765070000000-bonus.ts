import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Bonus points: a ledger of its own with the money ledger's rule — entries are only appended (a redemption is a
 * negative entry) — and each company's balance kept beside it, locked by every redemption so points are never
 * spent twice. An award names what earned it (`reference`), once per kind.
 */
export class Bonus1765070000000 implements MigrationInterface {
  name = 'Bonus1765070000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE bonus_entries (
        id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        kind text NOT NULL,
        points bigint NOT NULL CHECK (points <> 0),
        reference text NOT NULL,
        description text NOT NULL,
        occurred_at timestamptz NOT NULL,
        UNIQUE (kind, reference)
      )`);
    await db.query('CREATE INDEX bonus_entries_company ON bonus_entries (company_id, occurred_at, id)');
    await db.query(`
      CREATE TABLE bonus_balances (
        company_id uuid PRIMARY KEY,
        points bigint NOT NULL DEFAULT 0 CHECK (points >= 0)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE bonus_balances, bonus_entries');
  }
}
