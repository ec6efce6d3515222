import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Init1764000000000 implements MigrationInterface {
  name = 'Init1764000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE news (
        id uuid PRIMARY KEY,
        title text NOT NULL,
        body text NOT NULL,
        published_at timestamptz NOT NULL
      )`);
    await db.query('CREATE INDEX news_published ON news (published_at DESC, id DESC)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE news');
  }
}
