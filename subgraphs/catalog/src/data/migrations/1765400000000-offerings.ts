import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The catalog as customers shop in it: offerings of every kind with a description, setup fee, included volumes,
 * regions, validity and a lifecycle (DRAFT, LAUNCHED, RETIRED — only launched ones are sold, retired ones stay
 * on the services that have them); options and which tariffs allow them (options sharing an exclusive group
 * exclude each other); connected services with their identifier, options, quota and planned changes.
 */
export class Offerings1765400000000 implements MigrationInterface {
  name = 'Offerings1765400000000';

  async up(db: QueryRunner): Promise<void> {
    const kinds = `'TELEPHONY', 'INTERNET', 'MOBILE', 'VIRTUAL_PBX', 'FREEPHONE', 'CLOUD_STORAGE',
      'VIDEO_SURVEILLANCE', 'WEB_CONFERENCE'`;
    const lifecycle = `text NOT NULL DEFAULT 'LAUNCHED' CHECK (lifecycle IN ('DRAFT', 'LAUNCHED', 'RETIRED'))`;
    await db.query('ALTER TABLE tariffs DROP CONSTRAINT tariffs_kind_check');
    await db.query(`ALTER TABLE tariffs ADD CONSTRAINT tariffs_kind_check CHECK (kind IN (${kinds}))`);
    await db.query(`
      ALTER TABLE tariffs
        ADD COLUMN description text NOT NULL DEFAULT '',
        ADD COLUMN setup_fee_minor bigint NOT NULL DEFAULT 0 CHECK (setup_fee_minor >= 0),
        ADD COLUMN regions text[] NOT NULL DEFAULT '{MOSCOW,SAINT_PETERSBURG,KAZAN,NOVOSIBIRSK,YEKATERINBURG}',
        ADD COLUMN included jsonb NOT NULL DEFAULT '[]',
        ADD COLUMN lifecycle ${lifecycle},
        ADD COLUMN valid_from date,
        ADD COLUMN valid_to date,
        -- Cloud storage plans: the quota range and the price per GB of each tier, as {minGb, maxGb, tiers}.
        ADD COLUMN storage_pricing jsonb`);
    await db.query(`UPDATE tariffs SET lifecycle = CASE WHEN active THEN 'LAUNCHED' ELSE 'RETIRED' END`);
    await db.query('ALTER TABLE tariffs DROP COLUMN active');
    await db.query('CREATE INDEX tariffs_by_name ON tariffs (name, id)');
    await db.query(`
      CREATE TABLE options (
        id uuid PRIMARY KEY,
        code text NOT NULL UNIQUE,
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        kind text NOT NULL CHECK (kind IN (${kinds})),
        monthly_fee_minor bigint NOT NULL CHECK (monthly_fee_minor >= 0),
        exclusive_group text,
        lifecycle ${lifecycle}
      )`);
    await db.query(`
      CREATE TABLE tariff_options (
        tariff_id uuid NOT NULL REFERENCES tariffs (id),
        option_id uuid NOT NULL REFERENCES options (id),
        PRIMARY KEY (tariff_id, option_id)
      )`);
    await db.query(`
      CREATE TABLE service_options (
        service_id uuid NOT NULL REFERENCES services (id),
        option_id uuid NOT NULL REFERENCES options (id),
        connected_at timestamptz NOT NULL,
        PRIMARY KEY (service_id, option_id)
      )`);
    await db.query('ALTER TABLE services DROP CONSTRAINT services_status_check');
    await db.query(`
      ALTER TABLE services ADD CONSTRAINT services_status_check
        CHECK (status IN ('PENDING_ACTIVE', 'ACTIVE', 'SUSPENDED', 'PENDING_TERMINATE', 'TERMINATED'))`);
    await db.query(`
      ALTER TABLE services
        ADD COLUMN identifier text,
        ADD COLUMN region text,
        ADD COLUMN terminated_at timestamptz,
        ADD COLUMN quota_gb int CHECK (quota_gb > 0),
        ADD COLUMN used_gb int NOT NULL DEFAULT 0 CHECK (used_gb >= 0),
        -- The last day of an 8-800 number's free test period, while it runs.
        ADD COLUMN test_ends_on date`);
    // Changes asked for a later day (a tariff or a smaller quota from the next month, a disconnection on its
    // notice date): one pending of each kind per service, applied by the planned-changes worker on its day.
    await db.query(`
      CREATE TABLE planned_changes (
        id uuid PRIMARY KEY,
        service_id uuid NOT NULL REFERENCES services (id),
        kind text NOT NULL CHECK (kind IN ('TARIFF', 'QUOTA', 'TERMINATE')),
        effective_on date NOT NULL,
        tariff_id uuid REFERENCES tariffs (id),
        quota_gb int,
        created_at timestamptz NOT NULL,
        applied_at timestamptz
      )`);
    await db.query(
      'CREATE UNIQUE INDEX planned_changes_pending ON planned_changes (service_id, kind) WHERE applied_at IS NULL',
    );
    await db.query(
      'CREATE INDEX planned_changes_due ON planned_changes (effective_on) WHERE applied_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE planned_changes');
    await db.query(
      'ALTER TABLE services DROP COLUMN identifier, DROP COLUMN region, DROP COLUMN terminated_at, DROP COLUMN quota_gb, DROP COLUMN used_gb, DROP COLUMN test_ends_on',
    );
    await db.query('DROP TABLE service_options');
    await db.query('DROP TABLE tariff_options');
    await db.query('DROP TABLE options');
    await db.query(`ALTER TABLE tariffs ADD COLUMN active boolean NOT NULL DEFAULT true`);
    await db.query(`UPDATE tariffs SET active = lifecycle = 'LAUNCHED'`);
    await db.query(
      'ALTER TABLE tariffs DROP COLUMN description, DROP COLUMN setup_fee_minor, DROP COLUMN regions, DROP COLUMN included, DROP COLUMN lifecycle, DROP COLUMN valid_from, DROP COLUMN valid_to, DROP COLUMN storage_pricing',
    );
  }
}
