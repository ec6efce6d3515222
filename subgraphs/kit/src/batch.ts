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
