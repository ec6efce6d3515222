import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The order of groups beside each other in the tree, as the company arranged them (then by name). */
export class GroupOrder1765510000000 implements MigrationInterface {
  name = 'GroupOrder1765510000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE account_groups ADD COLUMN position int NOT NULL DEFAULT 0');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE account_groups DROP COLUMN position');
  }
}
