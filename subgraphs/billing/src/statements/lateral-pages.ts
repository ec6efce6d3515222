import { decodeCursor } from '@kabinet/kit';
import DataLoader from 'dataloader';

/** A page asked for: of one owner's list (an account's entries, invoices, usage), after a cursor. */
export interface PageKey {
  ownerId: string;
  first: number;
  after: string | null;
}

/**
 * A loader of pages of many owners' lists, newest first by (time, id): keys that share `groupOf` (the page
 * size and any filter) are fetched by one `fetch`, a lateral join taking each owner's page after its own
 * cursor — rows carry `key`, the 1-based position of their key in the group. Cursors are checked before any
 * SQL runs.
 */
export function lateralPages<K extends PageKey, R>(
  groupOf: (key: K) => string,
  fetch: (
    group: K[],
    cursors: ({ at: string; id: string } | null)[],
  ) => Promise<(R & { key: number | string })[]>,
): DataLoader<K, R[], string> {
  const cacheKey = (key: K) => `${groupOf(key)}|${key.ownerId}|${key.after ?? ''}`;
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const found = new Map<string, R[]>();
      const groups = new Map<string, K[]>();
      for (const key of keys) groups.set(groupOf(key), [...(groups.get(groupOf(key)) ?? []), key]);
      for (const group of groups.values()) {
        const cursors = group.map((k) => {
          const parts = decodeCursor(k.after, ['timestamp', 'uuid']);
          return parts && { at: parts[0], id: parts[1] };
        });
        const rows = await fetch(group, cursors);
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
