// The gateway as an outside attacker meets it (issue 9): request targets that point elsewhere, paths that
// climb out of /uploads, a leaked credential with a forged caller, and bodies that are not what they claim.
import { createServer, type IncomingMessage, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { FORWARDED_ORIGIN_HEADER, GATEWAY_CREDENTIAL_HEADER, gatewayLink } from '@kabinet/kit';
import { postGraphQL } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

interface RawAnswer {
  status: number;
  headers: IncomingMessage['headers'];
  body: string;
}

/** One HTTP request with the request line exactly as given (fetch would normalise it). */
function raw(url: string, method: string, target: string, body = '', headers = {}): Promise<RawAnswer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, method, path: target, headers, agent: false }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        text += chunk;
      });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe('the gateway boundary against an outside attacker', () => {
  const plan = demoPlan([{ key: 'alpha', name: 'ООО «Альфа»', accounts: 2 }]);
  const [alpha] = plan.companies;
  let system: RunningSystem;
  // A host of the attacker's: it must never hear from the gateway.
  let elsewhere: Server;
  let elsewhereUrl: string;
  const heard: IncomingMessage['headers'][] = [];

  beforeAll(async () => {
    system = await startSystem(plan);
    elsewhere = createServer((req, res) => {
      heard.push(req.headers);
      res.end('{"stolen":true}');
    });
    await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise((resolve) => elsewhere?.close(resolve));
    await system?.stop();
  });

  it.each([
    ['POST', '/graphql'],
    ['GET', '/health'],
    ['GET', '/files/3f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11?token=1.x'],
    ['GET', '/pay/3f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11'],
  ])(
    'does not say what answers %s %s (no X-Powered-By, from the gateway or a subgraph behind it)',
    async (method, path) => {
      const answer = await raw(
        system.gatewayUrl,
        method,
        path,
        method === 'POST' ? '{"query":"{ __typename }"}' : '',
        {
          'content-type': 'application/json',
        },
      );
      expect(answer.status).toBeLessThan(500);
      expect(answer.headers['x-powered-by']).toBeUndefined();
    },
  );

  it.each([
    ['PUT', '/uploads/3f1c2a4e-8b7d-4c1e-9a55-2a8f1f0b9c11?token=x'],
    ['POST', '/graphql'],
    ['GET', '/health'],
  ])('refuses an absolute-form request target (%s %s on another host) with 400', async (method, path) => {
    const answer = await raw(system.gatewayUrl, method, `${elsewhereUrl}${path}`, '{}', {
      'content-type': 'application/json',
    });
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(heard).toEqual([]);
  });

  it.each(['/uploads/%2e%2e?token=x', '/uploads/..%2Fgraphql?token=x', '/uploads/%2e%2e%2fhealth'])(
    'never forwards an upload id that is not an id (%s)',
    async (target) => {
      const answer = await raw(system.gatewayUrl, 'PUT', target, '%PDF-1.4', {
        'content-type': 'application/pdf',
      });
      expect(answer.status).toBe(404);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe('NOT_FOUND');
    },
  );

  describe('a subgraph given the gateway credential but not a caller the gateway signed', () => {
    const operator = () => ({
      viewer: { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' as const },
      ip: null,
      userAgent: null,
      requestId: 'forged',
    });
    const credit = `mutation { postLedgerEntry(input: {accountId: "${alpha.accounts[0].id}", kind: CREDIT,
      amount: "99999.00", description: "forged", idempotencyKey: "forged-1"}) { entry { id } } }`;

    it.each([
      ['no origin', () => undefined],
      ['an unsigned origin', () => Buffer.from(JSON.stringify(operator())).toString('base64url')],
      ['an origin signed with another key', () => gatewayLink('a-key-the-attacker-made-up').sign(operator())],
    ])('refuses %s with 403, changing nothing', async (_case, makeOrigin) => {
      const { credential } = gatewayLink(system.gatewaySecret);
      const origin = makeOrigin() as string | undefined;
      const answer = await postGraphQL(
        system.subgraphs.billing.url,
        credit,
        {},
        { [GATEWAY_CREDENTIAL_HEADER]: credential, ...(origin && { [FORWARDED_ORIGIN_HEADER]: origin }) },
      );
      expect(answer.status).toBe(403);
      expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      const [{ n }] = await system.subgraphs.billing.db.dataSource.query(
        "SELECT count(*)::int AS n FROM ledger_entries WHERE description = 'forged'",
      );
      expect(n).toBe(0);
    });

    it('accepts the same credit from a caller the gateway signed (the control)', async () => {
      const link = gatewayLink(system.gatewaySecret);
      const answer = await postGraphQL<{ postLedgerEntry: { entry: { id: string } } }>(
        system.subgraphs.billing.url,
        credit.replace('forged-1', 'signed-1').replace('"forged"', '"signed"'),
        {},
        { [GATEWAY_CREDENTIAL_HEADER]: link.credential, [FORWARDED_ORIGIN_HEADER]: link.sign(operator()) },
      );
      expect(answer.data?.postLedgerEntry.entry.id).toEqual(expect.any(String));
    });

    it('refuses the shared secret itself as a credential: it never travels', async () => {
      const answer = await postGraphQL(
        system.subgraphs.identity.url,
        '{ _service { sdl } }',
        {},
        { [GATEWAY_CREDENTIAL_HEADER]: system.gatewaySecret },
      );
      expect(answer.status).toBe(403);
    });
  });

  describe('answers bodies it cannot read as JSON with a code, never a stack', () => {
    it.each([
      ['malformed JSON', '{"query": "{ me { login } }"', 400, 'BAD_REQUEST'],
      [
        'a body over the limit',
        JSON.stringify({ query: `{ me { login } } #${'x'.repeat(1_100_000)}` }),
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ])('%s', async (_case, body, status, code) => {
      const answer = await raw(system.gatewayUrl, 'POST', '/graphql', body, {
        'content-type': 'application/json',
      });
      expect(answer.status).toBe(status);
      expect(answer.headers['content-type']).toMatch(/^application\/json/);
      expect(JSON.parse(answer.body).errors[0].extensions.code).toBe(code);
      expect(answer.body).not.toMatch(/node_modules|\bat \w|<html|\/work\//i);
    });
  });

  describe('answers what the client got wrong as a client error with its code, never INTERNAL_SERVER_ERROR', () => {
    const cursor = (key: unknown[]) => Buffer.from(JSON.stringify(key)).toString('base64url');
    let admin: string;
    beforeAll(async () => {
      admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    });
    const post = async (body: Record<string, unknown>) => {
      const response = await fetch(system.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${admin}` },
        body: JSON.stringify(body),
      });
      return {
        status: response.status,
        ...((await response.json()) as { errors?: { extensions: object }[] }),
      };
    };

    it.each([
      [
        'an unknown operationName',
        { query: 'query A { me { login } } query B { me { id } }', operationName: 'C' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        'several operations and no operationName',
        { query: 'query A { me { login } } query B { me { id } }' },
        'OPERATION_RESOLUTION_FAILURE',
      ],
      [
        'a persisted query whose hash does not match its text',
        {
          query: '{ me { login } }',
          extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
        },
        'BAD_REQUEST',
      ],
    ])('%s: 400', async (_case, body, code) => {
      const answer = await post(body);
      expect(answer.status).toBe(400);
      expect(answer.errors?.[0].extensions).toEqual({ code });
    });

    it.each([
      ['auditLog', (after: string) => `{ auditLog(after: "${after}") { edges { cursor } } }`],
      ['news', (after: string) => `{ news(first: 2, after: "${after}") { edges { cursor } } }`],
    ])('a %s cursor whose parts are of the wrong type: BAD_USER_INPUT naming after', async (_list, query) => {
      for (const key of [
        ['x', 'y'],
        ['2026-02-31T00:00:00Z', '1'],
        [1, 2, 3],
      ]) {
        const answer = await post({ query: query(cursor(key)) });
        expect(answer.errors?.[0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          fields: [{ field: 'after', message: 'is not a cursor returned by this list' }],
        });
      }
    });
  });
});
