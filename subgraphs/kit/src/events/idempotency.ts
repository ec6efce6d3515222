import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict, type FieldProblem } from '../core/errors';

const hashOf = (input: unknown) => createHash('sha256').update(JSON.stringify(input)).digest('hex');
const reused = () => conflict('This idempotencyKey was already used with a different input');

/** The rule every idempotency key follows: long enough not to collide by chance, short enough to store. */
export const idempotencyKeyProblems = (key: string, field = 'idempotencyKey'): FieldProblem[] =>
  key.length < 8 || key.length > 128 ? [{ field, message: 'must be 8 to 128 characters' }] : [];

export interface IdempotentRequest {
  key: string;
  input: unknown;
}

/**
 * Runs each request at most once per (scope, key), inside the caller's transaction, and stores its JSON
 * result. A key seen before with the same input returns the stored result; with a different input, CONFLICT.
 * `work` gets the indexes of the requests to do now (first use of their key) and returns their results in
 * that order. A concurrent duplicate waits on the key's row until the first commits, then gets the first
 * result. Four statements at most, however many requests.
 */
export async function idempotentBatch<T>(
  tx: EntityManager,
  scope: string,
  requests: IdempotentRequest[],
  work: (fresh: number[]) => Promise<T[]>,
): Promise<T[]> {
  const hashes = requests.map((r) => hashOf(r.input));
  // A key repeated within the batch is one request: the same input shares the first one's result.
  const firstOfKey = new Map<string, number>();
  requests.forEach((r, i) => {
    const first = firstOfKey.get(r.key);
    if (first === undefined) firstOfKey.set(r.key, i);
    else if (hashes[first] !== hashes[i]) throw reused();
  });
  const unique = [...firstOfKey.values()];
  const claimed: { key: string }[] = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash)
     SELECT $1, key, hash FROM unnest($2::text[], $3::text[]) AS t(key, hash) ORDER BY key
     ON CONFLICT DO NOTHING RETURNING key`,
    [scope, unique.map((i) => requests[i].key), unique.map((i) => hashes[i])],
  );
  const fresh = new Set(claimed.map((c) => c.key));
  const results = new Map<string, T>();
  const seen = unique.filter((i) => !fresh.has(requests[i].key));
  if (seen.length > 0) {
    const stored: { key: string; request_hash: string; response: T }[] = await tx.query(
      'SELECT key, request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = ANY($2)',
      [scope, seen.map((i) => requests[i].key)],
    );
    for (const row of stored) {
      if (row.request_hash !== hashes[firstOfKey.get(row.key) as number]) throw reused();
      results.set(row.key, row.response);
    }
  }
  const todo = unique.filter((i) => fresh.has(requests[i].key));
  if (todo.length > 0) {
    // Through JSON, so a first answer has exactly the shape of a replayed one.
    const done = JSON.parse(JSON.stringify(await work(todo))) as T[];
    todo.forEach((i, n) => {
      results.set(requests[i].key, done[n]);
    });
    await tx.query(
      `UPDATE idempotency_keys SET response = t.response
       FROM unnest($2::text[], $3::jsonb[]) AS t(key, response)
       WHERE idempotency_keys.scope = $1 AND idempotency_keys.key = t.key`,
      [scope, todo.map((i) => requests[i].key), done.map((d) => JSON.stringify(d))],
    );
  }
  return requests.map((r) => results.get(r.key) as T);
}

/** Runs `work` once per (scope, key); see `idempotentBatch`. */
export async function idempotent<T>(
  tx: EntityManager,
  scope: string,
  key: string,
  input: unknown,
  work: () => Promise<T>,
): Promise<T> {
  const [result] = await idempotentBatch(tx, scope, [{ key, input }], async () => [await work()]);
  return result;
}
