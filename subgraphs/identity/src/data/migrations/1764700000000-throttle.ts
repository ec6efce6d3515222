import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Recent requests of rate-limited kinds (password resets, uploads, applications, contact changes), by key. */
export class Throttle1764700000000 implements MigrationInterface {
  name = 'Throttle1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      'CREATE TABLE throttled_requests (key text NOT NULL, at timestamptz NOT NULL DEFAULT now())',
    );
    await db.query('CREATE INDEX throttled_requests_key ON throttled_requests (key, at)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE throttled_requests');
  }
}
