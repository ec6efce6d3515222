// The gateway's protections before any subgraph is asked: batches, rate limits per address, per user and on
// sign-in-like fields, the cost budget, production's closed schema, CORS and CSRF.
import type { Service } from '@kabinet/kit/core';
import { postGraphQL } from '@kabinet/kit/testing';
import type { GatewayOptions } from '../src/server';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

describe('a gateway protecting its subgraphs', () => {
  const steady = new FakeSubgraph('steady');
  const login = new FakeSubgraph('login'); // a root field named like the sign-in mutation
  const gateways: Service[] = [];
  const start = async (options: Partial<GatewayOptions> = {}) => {
    const { gateway, url } = await testGateway(supergraphOf(steady, login), options);
    gateways.push(gateway);
    return url;
  };
  const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });

  beforeAll(async () => {
    await steady.start();
    await login.start();
  });
  afterAll(async () => {
    for (const gateway of gateways) await gateway.close();
    await steady.stop();
    await login.stop();
  });

  it('runs a small batch and refuses a batch of 1,000 operations whole, asking no subgraph', async () => {
    const url = await start();
    const small = await post(url, [{ query: '{ steady }' }, { query: '{ login }' }]);
    expect(await small.json()).toEqual([{ data: { steady: 1 } }, { data: { login: 1 } }]);
    const hits = steady.hits;
    const bomb = await post(
      url,
      Array.from({ length: 1_000 }, () => ({ query: '{ steady }' })),
    );
    expect(bomb.status).toBe(400);
    expect(await bomb.json()).toEqual({
      errors: [
        {
          message: 'A batch may carry at most 10 operations; this one has 1000',
          extensions: { code: 'BATCH_TOO_LARGE' },
        },
      ],
    });
    expect(steady.hits).toBe(hits);
  });

  it('refuses an address over its allowance with RATE_LIMITED, 429 and Retry-After', async () => {
    const url = await start({ rateLimits: { perIp: 5 } });
    for (let i = 0; i < 5; i++) expect((await postGraphQL(url, '{ steady }')).data).toEqual({ steady: 1 });
    const refused = await post(url, { query: '{ steady }' });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(
      ((await refused.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toMatchObject({
      code: 'RATE_LIMITED',
    });
  });

  it('is stricter on sign-in-like fields, and spends each operation’s cost from a budget', async () => {
    const url = await start({ rateLimits: { sensitivePerIp: 2 } });
    expect((await postGraphQL(url, '{ login }')).data).toEqual({ login: 1 });
    expect((await postGraphQL(url, '{ login }')).data).toEqual({ login: 1 });
    const third = await postGraphQL(url, '{ login }');
    expect(third.status).toBe(429);
    expect(third.errors?.[0].message).toMatch(/^Too many attempts from this address/);
    expect((await postGraphQL(url, '{ steady }')).data).toEqual({ steady: 1 });
    // A minute's cost, 1 a field here, is a budget of its own.
    const budget = await start({ rateLimits: { costPerMinute: 2 } });
    expect((await postGraphQL(budget, '{ steady }')).data).toEqual({ steady: 1 });
    expect((await postGraphQL(budget, '{ steady }')).data).toEqual({ steady: 1 });
    const spent = await postGraphQL(budget, '{ steady }');
    expect(spent.status).toBe(429);
    expect(spent.errors?.[0].message).toMatch(/^The cost budget of a minute is spent/);
  });

  it('closes the schema in production: no introspection, no field suggestions', async () => {
    const development = await start();
    expect((await postGraphQL(development, '{ __schema { queryType { name } } }')).data).toBeDefined();
    expect((await postGraphQL(development, '{ stedy }')).errors?.[0].message).toContain('Did you mean');
    const production = await start({ production: true });
    const introspection = await postGraphQL(production, '{ __schema { queryType { name } } }');
    expect(introspection.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const typo = await postGraphQL(production, '{ stedy }');
    expect(typo.errors?.[0].message).not.toContain('Did you mean');
    expect(typo.errors?.[0].message).not.toContain('steady');
  });

  it('answers browsers of allowed origins only (CORS), and refuses cross-site simple requests (CSRF)', async () => {
    const url = await start({ corsOrigins: ['https://app.example'] });
    const preflight = (origin: string) =>
      fetch(url, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type',
        },
      });
    const allowed = await preflight('https://app.example');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://app.example');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
    // A form post (text/plain, no preflight) is refused before running.
    const hits = steady.hits;
    const forged = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ steady }' }),
    });
    expect(forged.status).toBe(400);
    expect(steady.hits).toBe(hits);
  });
});
