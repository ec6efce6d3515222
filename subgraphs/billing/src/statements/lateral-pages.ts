import { decodeCursor, groupKeys, isUuid } from '@kabinet/kit';
import DataLoader from 'dataloader';

/** A page asked for: of one owner's list (an account's entries, invoices, usage), after a cursor. */
export interface PageKey {
  ownerId: string;
  first: number;
  after: string | null;
}

/**
 * The first three parameters of every page query, one element per key: `$1::uuid[]` the owners (null for an
 * id that is no UUID), `$2::timestamptz[]` and `$3::uuid[]` each key's cursor (null for a first page). The
 * query unnests them `WITH ORDINALITY AS q(owner, after_at, after_id, key)`.
 */
export type PageParams = [(string | null)[], (string | null)[], (string | null)[]];

/** The lateral condition that takes a page after its key's cursor, for a row's (time, id) columns. */
export const afterCursor = (at: string, id: string) =>
  `(q.after_at IS NULL OR (${at}, ${id}) < (q.after_at, q.after_id))`;

/**
 * A loader of pages of many owners' lists, newest first by (time, id): keys that share `groupOf` (the page
 * size and any filter) are fetched by one `fetch`, a lateral join taking each owner's page after its own
 * cursor (see `PageParams`) — rows carry `key`, the 1-based position of their key in the group. Cursors are
 * checked before any SQL runs.
 */
export function lateralPages<K extends PageKey, R>(
  groupOf: (key: K) => string,
  fetch: (group: K[], params: PageParams) => Promise<(R & { key: number | string })[]>,
): DataLoader<K, R[], string> {
  const cacheKey = (key: K) => `${groupOf(key)}|${key.ownerId}|${key.after ?? ''}`;
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const found = new Map<string, R[]>();
      for (const group of groupKeys(keys, groupOf)) {
        const cursors = group.map((k) => decodeCursor(k.after, ['timestamp', 'uuid']));
        const rows = await fetch(group, [
          group.map((k) => (isUuid(k.ownerId) ? k.ownerId : null)),
          cursors.map((c) => c?.[0] ?? null),
          cursors.map((c) => c?.[1] ?? null),
        ]);
        group.forEach((key, i) => {
          found.set(
            cacheKey(key),
            rows.filter((row) => Number(row.key) === i + 1),
          );
        });
      }
      return keys.map((key) => found.get(cacheKey(key)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}
