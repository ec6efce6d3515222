import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A document being produced is leased to one worker for a while, instead of locked for the whole time: the
 * slow part (rendering) then runs outside any transaction, and no consumer waits on it.
 */
export class DocumentLeases1765410000000 implements MigrationInterface {
  name = 'DocumentLeases1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE documents ADD COLUMN leased_until timestamptz');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE documents DROP COLUMN leased_until');
  }
}
