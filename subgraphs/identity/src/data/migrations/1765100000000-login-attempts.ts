import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A sign-in attempt is counted before its password is checked (see auth/attempts.ts): a row is an attempt
 * that has not proved right, with `checked_at` set once its password was found wrong (null while the check
 * runs). Rows written before were all checked failures.
 */
export class LoginAttempts1765100000000 implements MigrationInterface {
  name = 'LoginAttempts1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE login_failures ADD COLUMN id bigserial PRIMARY KEY, ADD COLUMN checked_at timestamptz',
    );
    await db.query('UPDATE login_failures SET checked_at = at');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE login_failures DROP COLUMN id, DROP COLUMN checked_at');
  }
}
