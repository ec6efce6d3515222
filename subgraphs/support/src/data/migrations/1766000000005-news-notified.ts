import type { MigrationInterface, QueryRunner } from 'typeorm';

/** When the companies a works or outage item concerns were notified of it (items from before: never). */
export class NewsNotified1766000000005 implements MigrationInterface {
  name = 'NewsNotified1766000000005';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE news ADD COLUMN notified_at timestamptz');
    await db.query('UPDATE news SET notified_at = published_at');
    await db.query(
      `CREATE INDEX news_to_notify ON news (published_at) WHERE notified_at IS NULL AND kind IN ('REPAIR_WORKS', 'OUTAGE')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE news DROP COLUMN notified_at');
  }
}
