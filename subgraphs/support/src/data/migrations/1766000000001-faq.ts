import type { MigrationInterface, QueryRunner } from 'typeorm';
import { FAQ_ENTRIES } from '../faq-entries';

/**
 * The FAQ: questions and answers by topic, searched with PostgreSQL's Russian full-text configuration (word
 * forms: «оплата» finds «оплатить»), the question weighing more than the answer. Starts with `FAQ_ENTRIES`.
 */
export class Faq1766000000001 implements MigrationInterface {
  name = 'Faq1766000000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE faq_entries (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        topic text NOT NULL,
        question text NOT NULL,
        answer text NOT NULL,
        position int NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now(),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('russian', question), 'A') || setweight(to_tsvector('russian', answer), 'B')) STORED
      )`);
    await db.query('CREATE INDEX faq_entries_search ON faq_entries USING gin (search)');
    await db.query('CREATE INDEX faq_entries_topic ON faq_entries (topic, position, id)');
    await db.query(
      `INSERT INTO faq_entries (topic, question, answer, position)
       SELECT e->>'topic', e->>'question', e->>'answer', ord FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, ord)`,
      [JSON.stringify(FAQ_ENTRIES)],
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE faq_entries');
  }
}
