import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Files made for one download (statement exports) are marked as such and found by age, so they can be
 * removed once no link to them can work any more; documents' files stay.
 */
export class ExportFiles1765220000000 implements MigrationInterface {
  name = 'ExportFiles1765220000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE files ADD COLUMN expires_at timestamptz');
    await db.query('CREATE INDEX files_expiring ON files (expires_at) WHERE expires_at IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE files DROP COLUMN expires_at');
  }
}
