import { badInput } from './core/errors';
import { DateTime } from './core/scalars';
import { isUuid } from './core/uuid';

/** Hard maximum page size for every connection: no client can ask for an unbounded list. */
export const MAX_PAGE_SIZE = 100;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface Connection<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

export function pageSize(first: number | null | undefined, fallback = 20): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw badInput([{ field: 'first', message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  }
  return size;
}

/** Cursors are opaque to clients; inside they hold the sort key of the last row (keyset pagination). */
export const encodeCursor = (key: (string | number)[]): string =>
  Buffer.from(JSON.stringify(key)).toString('base64url');

/** What each part of a list's sort key is, so a cursor's parts reach SQL only as values of the right type. */
export type CursorPart = 'text' | 'timestamp' | 'uuid' | 'bigint';

const partIsValid: Record<CursorPart, (part: unknown) => boolean> = {
  text: (part) => typeof part === 'string' && part.length <= 1_000 && !part.includes('\u0000'),
  timestamp: (part) => {
    try {
      DateTime.parseValue(part);
      return true;
    } catch {
      return false;
    }
  },
  uuid: isUuid,
  bigint: (part) => typeof part === 'string' && /^\d{1,18}$/.test(part),
};

/**
 * The sort key a cursor holds, checked part by part against what the list sorts by: a cursor made up by a
 * client (a text where a time belongs) is a client error, never a database error.
 */
export function decodeCursor(
  cursor: string | null | undefined,
  parts: readonly CursorPart[],
): string[] | null {
  if (cursor == null) return null;
  try {
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(key) &&
      key.length === parts.length &&
      parts.every((kind, i) => partIsValid[kind](key[i]))
    )
      return key;
  } catch {
    // fall through to the error below
  }
  throw badInput([{ field: 'after', message: 'is not a cursor returned by this list' }]);
}

/** Builds a connection from rows fetched with `limit + 1`, the extra row telling whether more exist. */
export function toConnection<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => (string | number)[],
): Connection<T> {
  const page = rows.slice(0, limit);
  const edges = page.map((node) => ({ cursor: encodeCursor(keyOf(node)), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null } };
}
