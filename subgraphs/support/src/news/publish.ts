import { randomUUID } from 'node:crypto';
import { assertValid, type FieldProblem, isUuid, notFound, textProblems, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { announceWorks } from './announce';
import { NEWS_COLUMNS, type NewsRecord } from './records';

export interface NewNewsItem {
  kind: string;
  title: string;
  body: string;
  regions?: string[] | null;
  serviceKinds?: string[] | null;
  worksFrom?: Date | null;
  worksTo?: Date | null;
  publishAt?: Date | null;
  expiresAt?: Date | null;
}

/** Publishes a news item now or at its time, to everyone or to those it is aimed at. */
export async function publishNewsItem(
  tx: EntityManager,
  viewer: Viewer,
  input: NewNewsItem,
  now: Date,
): Promise<NewsRecord> {
  const publishAt = input.publishAt ?? now;
  const problems: FieldProblem[] = [
    ...textProblems('title', input.title, { min: 1, max: 200 }),
    ...textProblems('body', input.body, { min: 1, max: 5_000 }),
  ];
  if (input.worksFrom && input.worksTo && input.worksTo <= input.worksFrom)
    problems.push({ field: 'worksTo', message: 'must be after worksFrom' });
  if (input.expiresAt && input.expiresAt <= publishAt)
    problems.push({ field: 'expiresAt', message: 'must be after the publication' });
  assertValid(problems);
  const [item]: NewsRecord[] = await tx.query(
    `INSERT INTO news AS n (id, title, body, published_at, kind, regions, service_kinds, works_from, works_to,
       expires_at, created_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING ${NEWS_COLUMNS}`,
    [
      randomUUID(),
      input.title.trim(),
      input.body.trim(),
      publishAt,
      input.kind,
      [...new Set(input.regions ?? [])],
      [...new Set(input.serviceKinds ?? [])],
      input.worksFrom ?? null,
      input.worksTo ?? null,
      input.expiresAt ?? null,
      viewer.userId,
    ],
  );
  // Works published now are announced with them; scheduled ones when their time comes.
  if (publishAt <= now) await announceWorks(tx, now);
  return item;
}

/** Takes an item down from now. */
export async function withdrawNewsItem(tx: EntityManager, id: string, now: Date): Promise<NewsRecord> {
  if (!isUuid(id)) throw notFound('News item');
  const [item]: NewsRecord[] = await tx.query(
    `WITH withdrawn AS (
       UPDATE news n SET expires_at = least(coalesce(expires_at, $2), $2) WHERE id = $1 RETURNING ${NEWS_COLUMNS}
     ) SELECT * FROM withdrawn`,
    [id, now],
  );
  if (!item) throw notFound('News item');
  return item;
}
