import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

const keys = new WeakMap<DataSource, Promise<Buffer>>();

/**
 * The key identity's download links are MACed with: made at random on first use and kept in the database, so
 * every replica signs and checks alike and nothing more needs configuring. Rotating it (deleting the row, then
 * restarting) only ends the links handed out so far, which live 15 minutes anyway.
 */
export function linkKey(db: DataSource): Promise<Buffer> {
  let key = keys.get(db);
  if (!key) {
    key = db
      .query(
        `WITH made AS (INSERT INTO link_keys (purpose, key) VALUES ('downloads', $1) ON CONFLICT DO NOTHING RETURNING key)
         SELECT key FROM made UNION ALL SELECT key FROM link_keys WHERE purpose = 'downloads'`,
        [randomBytes(32)],
      )
      .then((rows: { key: Buffer }[]) => rows[0].key);
    key.catch(() => keys.delete(db));
    keys.set(db, key);
  }
  return key;
}
