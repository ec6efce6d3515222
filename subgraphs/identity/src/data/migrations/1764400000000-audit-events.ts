import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The action archive: every subgraph's audit events, collected here; rows can be added, never changed. */
export class AuditEvents1764400000000 implements MigrationInterface {
  name = 'AuditEvents1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE audit_events (
        id bigserial PRIMARY KEY,
        source text NOT NULL,
        source_event_id bigint NOT NULL,
        at timestamptz NOT NULL,
        actor_id uuid,
        actor_role text,
        company_id uuid,
        action text NOT NULL,
        target text NOT NULL,
        outcome text NOT NULL,
        ip text,
        user_agent text,
        request_id text,
        UNIQUE (source, source_event_id)
      )`);
    await db.query('CREATE INDEX audit_events_company ON audit_events (company_id, at DESC, id DESC)');
    await db.query('CREATE INDEX audit_events_at ON audit_events (at DESC, id DESC)');
    await db.query(`
      CREATE FUNCTION audit_events_are_final() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit events are never changed or deleted';
      END $$`);
    await db.query(`
      CREATE TRIGGER audit_events_final BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_events_are_final()`);
    await db.query(`
      CREATE TRIGGER audit_events_not_truncated BEFORE TRUNCATE ON audit_events
      FOR EACH STATEMENT EXECUTE FUNCTION audit_events_are_final()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE audit_events');
    await db.query('DROP FUNCTION audit_events_are_final()');
  }
}
