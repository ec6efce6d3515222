import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { seed } from '../src/data/seed';
import { identityFor } from './support';

const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
const LOGIN =
  'mutation ($i: LoginInput!) { login(input: $i) { status accessToken tokenType expiresAt user { login role } } }';

describe('identity subgraph', () => {
  const started = identityFor(plan);

  it('issues a token that carries the user, company and role', async () => {
    const result = await started.identity.call<{
      login: {
        accessToken: string;
        tokenType: string;
        expiresAt: string;
        user: { login: string; role: string };
      };
    }>(LOGIN, { i: { login: 'a-admin', password: DEMO_PASSWORD } });
    expect(result.data?.login).toMatchObject({
      status: 'SIGNED_IN',
      tokenType: 'Bearer',
      user: { login: 'a-admin', role: 'ADMIN' },
    });
    const expiresIn = Date.parse(result.data?.login.expiresAt as string) - Date.now();
    expect(expiresIn).toBeGreaterThan(590_000);
    expect(expiresIn).toBeLessThanOrEqual(600_000);
    await expect(started.verify(result.data?.login.accessToken as string)).resolves.toEqual({
      userId: plan.companies[0].admin.id,
      companyId: plan.companies[0].id,
      role: 'ADMIN',
      sessionId: expect.any(String),
    });
  });

  it('stores only argon2id hashes, and re-seeding keeps them', async () => {
    const hashes = async () =>
      (await started.identity.db.dataSource.query('SELECT password_hash FROM users ORDER BY id')).map(
        (r: { password_hash: string }) => r.password_hash,
      );
    const before = await hashes();
    for (const hash of before) expect(hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(before.join()).not.toContain(DEMO_PASSWORD);
    await seed(started.identity.db.dataSource, plan);
    expect(await hashes()).toEqual(before);
  });

  it('answers me only for its bearer, and staff have no company', async () => {
    const staff = plan.staff[0];
    const me = await started.identity.call<{ me: { login: string; company: unknown } }>(
      '{ me { login company { id } } }',
      {},
      {
        userId: staff.id,
        companyId: null,
        role: staff.role,
      },
    );
    expect(me.data?.me).toEqual({ login: staff.login, company: null });
  });
});
