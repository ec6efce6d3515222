import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An application's status is shown to whoever holds the secret handed out when it was submitted (numbers are
 * sequential and INNs public). Only its hash is kept; applications from before have none, so only staff see them.
 */
export class ApplicationStatusToken1765100000001 implements MigrationInterface {
  name = 'ApplicationStatusToken1765100000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE registration_applications ADD COLUMN status_token_hash text UNIQUE');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE registration_applications DROP COLUMN status_token_hash');
  }
}
