import { generateKeyPairSync } from 'node:crypto';
import { type Database, openDatabase } from '@kabinet/kit';
import { createTestDatabase, testLog } from '@kabinet/kit/testing';
import { entities } from '../src/data/entities';
import { migrations } from '../src/data/migrations';
import { billingSubgraph } from '../src/server';

const newKey = () =>
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();

describe("billing's start-up with a document signing key", () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ url: database.url, schema: 'billing', entities, migrations, log: testLog });
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  const prepare = (privateKeyPem: string, keyId: string) =>
    billingSubgraph({ documentSigning: { privateKeyPem, keyId } }).prepare?.({
      db: db.dataSource,
      log: testLog,
    });

  it('records each key under its id, keeps rotated ones, and refuses an id that names another key', async () => {
    const first = newKey();
    await prepare(first, 'd1');
    await prepare(first, 'd1'); // a restart, or a second replica
    await prepare(newKey(), 'd2'); // a rotation: a new key, a new id
    await expect(prepare(newKey(), 'd1')).rejects.toThrow(
      'DOCUMENT_KEY_ID "d1" already names another signing key',
    );
    const keys = await db.dataSource.query('SELECT key_id FROM document_signing_keys ORDER BY key_id');
    expect(keys).toEqual([{ key_id: 'd1' }, { key_id: 'd2' }]);
  });
});
