import { assertValid, isUuid, notFound, textProblems } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { FAQ_COLUMNS, type FaqRecord } from './search';

const QUESTION_MAX = 500;
const ANSWER_MAX = 5_000;

const entryProblems = (input: { question?: string | null; answer?: string | null }, required: boolean) => [
  ...(required || input.question != null
    ? textProblems('question', input.question, { min: 1, max: QUESTION_MAX })
    : []),
  ...(required || input.answer != null
    ? textProblems('answer', input.answer, { min: 1, max: ANSWER_MAX })
    : []),
];

/** Adds an entry at `position` in its topic (default last), moving the ones from there down. */
export async function createFaqEntry(
  tx: EntityManager,
  input: { topic: string; question: string; answer: string; position?: number | null },
): Promise<FaqRecord> {
  assertValid([
    ...entryProblems(input, true),
    ...(input.position != null && input.position < 0
      ? [{ field: 'position', message: 'must not be negative' }]
      : []),
  ]);
  const [{ count }]: { count: number }[] = await tx.query(
    'SELECT count(*)::int AS count FROM faq_entries WHERE topic = $1',
    [input.topic],
  );
  const position = Math.min(input.position ?? count, count);
  await tx.query('UPDATE faq_entries SET position = position + 1 WHERE topic = $1 AND position >= $2', [
    input.topic,
    position,
  ]);
  const [entry]: FaqRecord[] = await tx.query(
    `INSERT INTO faq_entries AS f (topic, question, answer, position) VALUES ($1, $2, $3, $4)
     RETURNING ${FAQ_COLUMNS}, NULL AS highlight`,
    [input.topic, input.question.trim(), input.answer.trim(), position],
  );
  return entry;
}

/** Changes what is given of an entry. */
export async function updateFaqEntry(
  tx: EntityManager,
  input: { id: string; topic?: string | null; question?: string | null; answer?: string | null },
): Promise<FaqRecord> {
  assertValid(entryProblems(input, false));
  if (!isUuid(input.id)) throw notFound('FAQ entry');
  const [entry]: FaqRecord[] = await tx.query(
    `WITH changed AS (
       UPDATE faq_entries f SET topic = coalesce($2, topic), question = coalesce($3, question),
         answer = coalesce($4, answer), updated_at = now()
       WHERE id = $1 RETURNING ${FAQ_COLUMNS}, NULL AS highlight
     ) SELECT * FROM changed`,
    [input.id, input.topic ?? null, input.question?.trim() ?? null, input.answer?.trim() ?? null],
  );
  if (!entry) throw notFound('FAQ entry');
  return entry;
}

/** Removes an entry. */
export async function deleteFaqEntry(tx: EntityManager, id: string): Promise<void> {
  if (!isUuid(id)) throw notFound('FAQ entry');
  const deleted: unknown[] = await tx.query(
    'WITH gone AS (DELETE FROM faq_entries WHERE id = $1 RETURNING id) SELECT * FROM gone',
    [id],
  );
  if (deleted.length === 0) throw notFound('FAQ entry');
}
