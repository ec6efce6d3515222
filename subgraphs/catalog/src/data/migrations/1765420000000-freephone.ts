import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The pool of 8-800 numbers: each FREE, RESERVED by one company for 15 minutes, TESTING on a service in its free
 * test period, or TAKEN. Claims are conditional updates of the number's row, so of two companies racing for it
 * exactly one wins.
 */
export class Freephone1765420000000 implements MigrationInterface {
  name = 'Freephone1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE freephone_numbers (
        number text PRIMARY KEY CHECK (number ~ '^8800[0-9]{7}$'),
        category text NOT NULL,
        price_minor bigint NOT NULL CHECK (price_minor >= 0),
        state text NOT NULL DEFAULT 'FREE' CHECK (state IN ('FREE', 'RESERVED', 'TESTING', 'TAKEN')),
        company_id uuid,
        reserved_until timestamptz,
        service_id uuid REFERENCES services (id),
        applicant_phone text,
        reminded boolean NOT NULL DEFAULT false
      )`);
    await db.query('CREATE INDEX freephone_numbers_category ON freephone_numbers (category, number)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE freephone_numbers');
  }
}
