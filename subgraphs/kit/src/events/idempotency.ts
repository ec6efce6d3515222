import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { conflict } from '../core/errors';

const hashOf = (input: unknown) => createHash('sha256').update(JSON.stringify(input)).digest('hex');

/**
 * Runs `work` once per (scope, key) inside the caller's transaction and stores its JSON result. The same key
 * with the same input returns the stored result; with a different input, CONFLICT. A concurrent duplicate
 * waits on the key's row until the first commits, then gets the first result.
 */
export async function idempotent<T>(
  tx: EntityManager,
  scope: string,
  key: string,
  input: unknown,
  work: () => Promise<T>,
): Promise<T> {
  const requestHash = hashOf(input);
  const inserted = await tx.query(
    `INSERT INTO idempotency_keys (scope, key, request_hash) VALUES ($1, $2, $3)
     ON CONFLICT DO NOTHING RETURNING key`,
    [scope, key, requestHash],
  );
  if (inserted.length === 0) {
    const [stored] = await tx.query(
      'SELECT request_hash, response FROM idempotency_keys WHERE scope = $1 AND key = $2',
      [scope, key],
    );
    if (stored.request_hash !== requestHash) {
      throw conflict('This idempotencyKey was already used with a different input');
    }
    return stored.response as T;
  }
  const result = await work();
  await tx.query('UPDATE idempotency_keys SET response = $3 WHERE scope = $1 AND key = $2', [
    scope,
    key,
    JSON.stringify(result),
  ]);
  return JSON.parse(JSON.stringify(result)) as T;
}
