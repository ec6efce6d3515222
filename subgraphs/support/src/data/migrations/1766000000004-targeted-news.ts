import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * News for those it concerns: a kind, the regions and service kinds it is about (empty: everyone), the time
 * window of works, publication at a chosen time and an expiry. Whom it concerns is read from support's copy
 * of the companies' services (kind and region, kept from catalog's lifecycle events).
 */
export class TargetedNews1766000000004 implements MigrationInterface {
  name = 'TargetedNews1766000000004';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE news
        ADD COLUMN kind text NOT NULL DEFAULT 'COMPANY_NEWS',
        ADD COLUMN regions text[] NOT NULL DEFAULT '{}',
        ADD COLUMN service_kinds text[] NOT NULL DEFAULT '{}',
        ADD COLUMN works_from timestamptz,
        ADD COLUMN works_to timestamptz,
        ADD COLUMN expires_at timestamptz,
        ADD COLUMN created_by uuid`);
    await db.query(`
      CREATE TABLE company_services (
        service_id uuid PRIMARY KEY,
        company_id uuid NOT NULL,
        account_id uuid NOT NULL,
        kind text NOT NULL,
        region text
      )`);
    await db.query('CREATE INDEX company_services_company ON company_services (company_id)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE company_services');
    await db.query(
      'ALTER TABLE news DROP COLUMN kind, DROP COLUMN regions, DROP COLUMN service_kinds, DROP COLUMN works_from, DROP COLUMN works_to, DROP COLUMN expires_at, DROP COLUMN created_by',
    );
  }
}
