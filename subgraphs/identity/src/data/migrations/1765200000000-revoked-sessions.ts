import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Gateways read the recently revoked sessions every few seconds (auth/revoked-sessions.ts). */
export class RevokedSessions1765200000000 implements MigrationInterface {
  name = 'RevokedSessions1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE INDEX sessions_revoked_at ON sessions (revoked_at) WHERE revoked_at IS NOT NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP INDEX sessions_revoked_at');
  }
}
