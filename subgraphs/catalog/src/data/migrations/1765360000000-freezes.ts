import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Voluntary freezes of services: when each began and the day it ends (or ended early). A service may be frozen
 * at most 90 days in any year, counted from these rows.
 */
export class Freezes1765360000000 implements MigrationInterface {
  name = 'Freezes1765360000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE service_freezes (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES services (id),
        -- Moscow calendar days: frozen from starts_on, working again from ends_on.
        starts_on date NOT NULL,
        ends_on date NOT NULL CHECK (ends_on > starts_on),
        ended_at timestamptz
      )`);
    await db.query('CREATE INDEX service_freezes_service ON service_freezes (service_id, starts_on)');
    await db.query('CREATE INDEX service_freezes_due ON service_freezes (ends_on) WHERE ended_at IS NULL');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE service_freezes');
  }
}
