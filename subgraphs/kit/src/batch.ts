import DataLoader from 'dataloader';

/** Helpers for DataLoader batch functions: results must come back in the order of the keys. */

/** One row (or null) per key. */
export function alignOne<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): (T | null)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? null);
}

/** All rows of each key (an empty list when none). */
export function alignMany<K, T>(keys: readonly K[], rows: T[], keyOf: (row: T) => K): T[][] {
  const byKey = new Map<K, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) byKey.get(keyOf(row))?.push(row);
  return keys.map((key) => byKey.get(key) ?? []);
}

/** The keys of a batch in groups that one statement can serve (same period, page size…), in first-seen order. */
export function groupKeys<K>(keys: readonly K[], groupOf: (key: K) => string): K[][] {
  const groups = new Map<string, K[]>();
  for (const key of keys) {
    const group = groupOf(key);
    const members = groups.get(group);
    if (members) members.push(key);
    else groups.set(group, [key]);
  }
  return [...groups.values()];
}

/**
 * A per-request loader of pages of many owners' lists (a company's accounts, a ticket's messages): the keys
 * asking for the same kind of page (size, filter, cursor: `windowOf`) are served by one statement, `fetch`,
 * which gets their owners and the first such key, and returns the rows of all of them (a window per owner).
 */
export function pagesLoader<K, T>(options: {
  ownerOf: (key: K) => string;
  windowOf: (key: K) => unknown;
  fetch: (owners: string[], page: K) => Promise<T[]>;
  ownerOfRow: (row: T) => string;
}): DataLoader<K, T[], string> {
  const cacheKey = (k: K) => JSON.stringify([options.ownerOf(k), options.windowOf(k)]);
  return new DataLoader<K, T[], string>(
    async (keys) => {
      const pages = new Map<string, T[]>();
      for (const group of groupKeys(keys, (k) => JSON.stringify(options.windowOf(k)))) {
        const owners = group.map(options.ownerOf);
        const byOwner = alignMany(owners, await options.fetch(owners, group[0]), options.ownerOfRow);
        group.forEach((key, i) => {
          pages.set(cacheKey(key), byOwner[i]);
        });
      }
      return keys.map((k) => pages.get(cacheKey(k)) ?? []);
    },
    { cacheKeyFn: cacheKey },
  );
}
