import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Access lists name groups of accounts too. A limited user has both lists (either may be empty); an
 * unlimited one neither.
 */
export class UserGroups1765000000002 implements MigrationInterface {
  name = 'UserGroups1765000000002';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users ADD COLUMN group_ids uuid[]');
    await db.query("UPDATE users SET group_ids = '{}' WHERE account_ids IS NOT NULL");
    await db.query(
      'ALTER TABLE users ADD CONSTRAINT users_access_list CHECK ((account_ids IS NULL) = (group_ids IS NULL))',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE users DROP COLUMN group_ids');
  }
}
