import { type Database, loadConfig, openDatabase } from '@kabinet/kit';
import { createTestDatabase, testLog } from '@kabinet/kit/testing';
import { entities } from '../src/data/entities';
import { migrations } from '../src/data/migrations';
import { identityConfig } from '../src/server';
import { ensureFirstOperator } from '../src/users/first-operator';

describe('a new deployment’s first operator', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let db: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openDatabase({ url: database.url, schema: 'identity', entities, migrations, log: testLog });
  });
  afterAll(async () => {
    await db?.close();
    await database?.drop();
  });

  const staff = () =>
    db.dataSource.query(
      'SELECT login, role, must_change_password AS fresh FROM users WHERE company_id IS NULL',
    );

  it('is created once, while there is no staff, with a one-time password sent by e-mail', async () => {
    const first = { login: 'first-operator', email: 'ops@operator.example' };
    await Promise.all([
      ensureFirstOperator(db.dataSource, testLog, first),
      ensureFirstOperator(db.dataSource, testLog, first),
    ]);
    await ensureFirstOperator(db.dataSource, testLog, {
      login: 'second-operator',
      email: 'x@operator.example',
    });
    expect(await staff()).toEqual([{ login: 'first-operator', role: 'OPERATOR', fresh: true }]);
    const [letter] = await db.dataSource.query('SELECT recipient, body FROM outgoing_messages');
    expect(letter.recipient).toBe('ops@operator.example');
    expect(letter.body).toMatch(/логин first-operator, временный пароль \S{16}\./);
  });

  it('is configured with both variables or neither', () => {
    const base = { JWT_PRIVATE_KEY: '-----BEGIN PRIVATE KEY-----\nx\n-----END PRIVATE KEY-----' };
    expect(() => loadConfig(identityConfig, { ...base, FIRST_OPERATOR_LOGIN: 'ops' })).toThrow(
      /FIRST_OPERATOR_EMAIL: set FIRST_OPERATOR_LOGIN and FIRST_OPERATOR_EMAIL together/,
    );
    expect(
      loadConfig(identityConfig, {
        ...base,
        FIRST_OPERATOR_LOGIN: 'ops',
        FIRST_OPERATOR_EMAIL: 'o@x.example',
      }),
    ).toMatchObject({ FIRST_OPERATOR_LOGIN: 'ops' });
  });
});
