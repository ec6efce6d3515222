import { assertValid, decodeCursor, pageSize, textProblems, toConnection } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

export interface FaqRecord {
  id: string;
  topic: string;
  question: string;
  answer: string;
  highlight: string | null;
  updatedAt: Date;
}

export const FAQ_COLUMNS = `f.id, f.topic, f.question, f.answer, f.updated_at AS "updatedAt"`;

/** ts_headline's options: whole words, two fragments of the answer at most, matches wrapped in `**`. */
const HEADLINE = `'StartSel=**, StopSel=**, MaxFragments=2, MaxWords=18, MinWords=6, FragmentDelimiter=" … "'`;

export interface FaqArgs {
  search?: string | null;
  topic?: string | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The FAQ page asked for. A search runs the words through the Russian configuration (websearch syntax:
 * quotes, `or`, `-word`), ranks by cover density with the question weighing more, and pages by rank (the
 * cursor is the place in the ranking: a ranking has no stable key to page by). Without a search: by topic,
 * then position.
 */
export async function faqPage(db: DataSource, args: FaqArgs) {
  const limit = pageSize(args.first);
  if (args.search == null) {
    const after = decodeCursor(args.after, ['text', 'bigint', 'uuid']);
    const rows: (FaqRecord & { position: string })[] = await db.query(
      `SELECT ${FAQ_COLUMNS}, NULL AS highlight, f.position::text AS position FROM faq_entries f
       WHERE ($1::text IS NULL OR f.topic = $1)
         AND ($2::text IS NULL OR (f.topic, f.position, f.id) > ($2::text, $3::int, $4::uuid))
       ORDER BY f.topic, f.position, f.id LIMIT $5`,
      [args.topic ?? null, after?.[0] ?? null, after?.[1] ?? null, after?.[2] ?? null, limit + 1],
    );
    return toConnection(rows, limit, (f) => [f.topic, f.position, f.id]);
  }
  assertValid(textProblems('search', args.search, { min: 1, max: 200 }));
  const [{ words }]: { words: boolean }[] = await db.query(
    "SELECT numnode(websearch_to_tsquery('russian', $1)) > 0 AS words",
    [args.search],
  );
  if (!words) assertValid([{ field: 'search', message: 'has no word to look for' }]);
  const [offset] = decodeCursor(args.after, ['bigint']) ?? ['0'];
  const rows: FaqRecord[] = await db.query(
    `WITH q AS (SELECT websearch_to_tsquery('russian', $1) AS query)
     SELECT ${FAQ_COLUMNS},
       ts_headline('russian', f.question, q.query, ${HEADLINE}) || ' — ' ||
         ts_headline('russian', f.answer, q.query, ${HEADLINE}) AS highlight
     FROM faq_entries f, q
     WHERE f.search @@ q.query AND ($2::text IS NULL OR f.topic = $2)
     ORDER BY ts_rank_cd(f.search, q.query) DESC, f.id OFFSET $3 LIMIT $4`,
    [args.search, args.topic ?? null, Number(offset), limit + 1],
  );
  return toConnection(
    rows.map((row, i) => Object.assign(row, { place: Number(offset) + i + 1 })),
    limit,
    (f) => [String(f.place)],
  );
}
