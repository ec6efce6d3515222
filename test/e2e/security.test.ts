import { createPrivateKey, generateKeyPairSync } from 'node:crypto';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { GATEWAY_CREDENTIAL_HEADER } from '@kabinet/kit';
import { postGraphQL } from '@kabinet/kit/testing';
import { Client } from 'graphql-ws';
import { SignJWT } from 'jose';
import WebSocket from 'ws';
import { type RunningSystem, startSystem } from '../src/system';

describe('authentication and the gateway boundary', () => {
  const plan = demoPlan([
    { key: 'alpha', name: 'ООО «Альфа»', accounts: 3 },
    { key: 'beta', name: 'ООО «Бета»', accounts: 3 },
  ]);
  const [alpha, beta] = plan.companies;
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  it('logs in and answers me for the bearer of the token', async () => {
    const token = await system.login(alpha.admin.login.toUpperCase(), DEMO_PASSWORD);
    const result = await system.query<{ me: { login: string; company: { name: string } } }>(
      '{ me { login company { name } } }',
      {},
      token,
    );
    expect(result.data?.me).toEqual({ login: alpha.admin.login, company: { name: alpha.name } });
  });

  it.each([
    ['a wrong password', 'alpha-admin', 'wrong-password-123'],
    ['an unknown login', 'nobody-here', DEMO_PASSWORD],
  ])('refuses %s with UNAUTHENTICATED, the same message either way', async (_case, login, password) => {
    const result = await system.query('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { login, password },
    });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]).toMatchObject({
      message: 'Invalid login or password',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it('names empty credentials as BAD_USER_INPUT', async () => {
    const result = await system.query('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
      i: { login: ' ', password: '' },
    });
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'login', message: 'is required' },
        { field: 'password', message: 'is required' },
      ],
    });
  });

  it('answers a protected field without a token with UNAUTHENTICATED, and public fields still work', async () => {
    const result = await system.query('{ me { login } news(first: 1) { edges { node { title } } } }');
    expect(result.errors?.[0]).toMatchObject({ path: ['me'], extensions: { code: 'UNAUTHENTICATED' } });
    const news = await system.query<{ news: { edges: unknown[] } }>(
      '{ news(first: 1) { edges { node { title } } } }',
    );
    expect(news.data?.news.edges).toHaveLength(1);
  });

  describe('refuses tokens that do not verify with 401 UNAUTHENTICATED', () => {
    const viewer = () => ({ userId: alpha.admin.id, companyId: alpha.id, role: 'ADMIN' as const });
    const cases: [string, () => Promise<string>][] = [
      ['garbage', async () => 'not-a-jwt'],
      [
        'a tampered payload',
        async () => {
          const [header, , signature] = (await system.signToken(viewer())).token.split('.');
          const payload = Buffer.from(
            JSON.stringify({
              sub: beta.admin.id,
              cid: beta.id,
              role: 'ADMIN',
              iss: 'kabinet-identity',
              aud: 'kabinet',
              exp: 9e9,
            }),
          ).toString('base64url');
          return `${header}.${payload}.${signature}`;
        },
      ],
      [
        'alg none',
        async () => {
          const enc = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
          return `${enc({ alg: 'none', kid: 'k1' })}.${enc({ sub: alpha.admin.id, cid: alpha.id, role: 'OPERATOR', iss: 'kabinet-identity', aud: 'kabinet', exp: 9e9 })}.`;
        },
      ],
      [
        'a key the gateway does not trust',
        async () => {
          const { privateKey } = generateKeyPairSync('ed25519');
          return new SignJWT({ cid: alpha.id, role: 'ADMIN' })
            .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
            .setSubject(alpha.admin.id)
            .setIssuer('kabinet-identity')
            .setAudience('kabinet')
            .setExpirationTime('5m')
            .sign(privateKey);
        },
      ],
      [
        'an expired token',
        async () =>
          new SignJWT({ cid: alpha.id, role: 'ADMIN' })
            .setProtectedHeader({ alg: 'EdDSA', kid: 'k1' })
            .setSubject(alpha.admin.id)
            .setIssuer('kabinet-identity')
            .setAudience('kabinet')
            .setIssuedAt(Math.floor(Date.now() / 1000) - 3600)
            .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
            .sign(createPrivateKey(system.keyPair.privateKeyPem)),
      ],
    ];
    it.each(cases)('%s', async (_case, makeToken) => {
      const result = await system.query('{ me { login } }', {}, await makeToken());
      expect(result.status).toBe(401);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });
  });

  it('never lets one company read another company by id', async () => {
    const token = await system.login(alpha.admin.login, DEMO_PASSWORD);
    const result = await system.query(
      'query ($c: ID!, $a: ID!) { company(id: $c) { name } personalAccount(id: $a) { number } }',
      { c: beta.id, a: beta.accounts[0].id },
      token,
    );
    expect(result.data).toEqual({ company: null, personalAccount: null });
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND', 'NOT_FOUND']);
    expect(JSON.stringify(result)).not.toContain(beta.name);
  });

  it('keeps the staff-only company list from company users', async () => {
    const token = await system.login(alpha.admin.login, DEMO_PASSWORD);
    const result = await system.query('{ companies { edges { node { name } } } }', {}, token);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const staff = await system.login('operator', DEMO_PASSWORD);
    const listed = await system.query<{ companies: { edges: { node: { name: string } }[] } }>(
      '{ companies { edges { node { name } } } }',
      {},
      staff,
    );
    expect(listed.data?.companies.edges.map((e) => e.node.name)).toEqual([alpha.name, beta.name]);
  });

  describe('subgraphs refuse calls that do not come from the gateway', () => {
    it.each(['identity', 'accounts', 'billing', 'catalog', 'support'] as const)(
      '%s over HTTP',
      async (name) => {
        const url = system.subgraphs[name].url;
        const entities = await postGraphQL(url, '{ _service { sdl } }');
        expect(entities.status).toBe(403);
        expect(entities.errors?.[0].extensions?.code).toBe('FORBIDDEN');
        const forged = await postGraphQL(
          url,
          '{ _service { sdl } }',
          {},
          { [GATEWAY_CREDENTIAL_HEADER]: 'guess-guess-guess' },
        );
        expect(forged.status).toBe(403);
      },
    );

    it('over graphql-ws, closing the socket with 4403', async () => {
      const closed = new Promise<number>((resolve) => {
        const client: Client = require('graphql-ws').createClient({
          url: system.subgraphs.billing.url.replace('http', 'ws'),
          webSocketImpl: WebSocket,
          retryAttempts: 0,
          lazy: false,
          on: { closed: (event: { code: number }) => resolve(event.code) },
          onNonLazyError: () => {},
        });
        setTimeout(() => client.dispose(), 5000);
      });
      expect(await closed).toBe(4403);
    });
  });

  it('does not pass client-sent internal headers to subgraphs', async () => {
    const forgedOrigin = Buffer.from(
      JSON.stringify({
        viewer: { userId: beta.admin.id, companyId: beta.id, role: 'ADMIN' },
        ip: null,
        userAgent: null,
        requestId: 'x',
      }),
    ).toString('base64url');
    const result = await postGraphQL(
      system.gatewayUrl,
      '{ me { login } }',
      {},
      { 'x-kabinet-origin': forgedOrigin },
    );
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
