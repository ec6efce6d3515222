// Identical queries in flight share one execution — but only between callers with the same access, and for
// an operation reading personal fields only between requests of the same user; mutations never.
import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { createServer, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { createTokenSigner, FORWARDED_ORIGIN_HEADER, gatewayLink, type Viewer } from '@kabinet/kit/core';
import { eventually, postGraphQL } from '@kabinet/kit/testing';
import { graphql, parse } from 'graphql';
import type { Gateway } from '../src/server';
import { TEST_GATEWAY_SECRET, testGateway } from './fake-subgraph';

const TYPE_DEFS = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.9", import: ["@key"])
  type Query { dashboard: String! me: User! }
  type Mutation { touch: String! }
  type User { fullName: String! company: Company! }
  type Company { name: String! }`;

const link = gatewayLink(TEST_GATEWAY_SECRET);
const companyId = randomUUID();

/** A subgraph that holds every request until released, and answers as the caller the gateway names. */
class HeldSubgraph {
  executions = 0;
  private held: (() => void)[] = [];
  private server: Server;
  url = '';

  constructor() {
    const schema = buildSubgraphSchema([
      {
        typeDefs: parse(TYPE_DEFS),
        resolvers: {
          Query: {
            dashboard: (_: unknown, __: unknown, viewer: Viewer) =>
              `balances of ${viewer.accountIds ?? 'all'}`,
            me: (_: unknown, __: unknown, viewer: Viewer) => ({ fullName: viewer.userId, company: {} }),
          },
          Mutation: { touch: () => 'touched' },
          Company: { name: () => 'ООО «Ромашка»' },
        } as never,
      },
    ]);
    this.server = createServer((req, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        this.executions++;
        this.held.push(async () => {
          const viewer = link.verify(req.headers[FORWARDED_ORIGIN_HEADER] as string)?.viewer;
          const { query, variables } = JSON.parse(body);
          const result = await graphql({
            schema,
            source: query,
            variableValues: variables,
            contextValue: viewer,
          });
          res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
        });
      });
    });
  }

  get waiting() {
    return this.held.length;
  }

  release() {
    for (const answer of this.held.splice(0)) answer();
  }

  async start() {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/graphql`;
  }

  stop() {
    this.release();
    this.server.close();
  }
}

describe('identical queries in flight', () => {
  const subgraph = new HeldSubgraph();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const sign = createTokenSigner({
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    keyId: 'k1',
    ttlSeconds: 900,
  });
  let gateway: Gateway;
  let url: string;
  let base: string;

  /** A bearer header for a new user of the company with this access. */
  const user = async (access: Partial<Viewer> = {}) => {
    const { token } = await sign({ userId: randomUUID(), companyId, role: 'VIEWER', ...access });
    return { authorization: `Bearer ${token}` };
  };
  const shared = async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    return Number(/^kabinet_gateway_shared_executions_total (\d+)/m.exec(text)?.[1] ?? 0);
  };

  beforeAll(async () => {
    await subgraph.start();
    const composed = composeServices([{ name: 'board', url: subgraph.url, typeDefs: parse(TYPE_DEFS) }]);
    if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
    ({ gateway, url } = await testGateway(composed.supergraphSdl, {
      verificationKeys: { k1: publicKey.export({ type: 'spki', format: 'pem' }).toString() },
    }));
    base = url.replace(/\/graphql$/, '');
  });
  afterAll(async () => {
    subgraph.stop();
    await gateway?.close();
  });

  it('runs once for fifty people with the same access, and again for one whose access differs', async () => {
    const sameAccess = await Promise.all(Array.from({ length: 50 }, () => user()));
    const limited = await user({ accountIds: [randomUUID()] });
    const before = { executions: subgraph.executions, shared: await shared() };
    const answers = Promise.all(
      [...sameAccess, limited].map((h) => postGraphQL(url, '{ dashboard }', {}, h)),
    );
    // 49 of the 50 joined the first one's execution; the limited user's runs on its own.
    await eventually(async () => (await shared()) - before.shared === 49, '49 requests sharing');
    await eventually(() => subgraph.waiting === 2, 'two executions at the subgraph');
    subgraph.release();
    const results = await answers;
    expect(subgraph.executions - before.executions).toBe(2);
    expect(results.slice(0, 50).every((r) => r.data?.dashboard === 'balances of all')).toBe(true);
    expect(results[50].data?.dashboard).toMatch(/^balances of [0-9a-f-]{36}$/);
  });

  it('shares `me { company }` across users but never their own profile, nor a mutation', async () => {
    const [anna, boris] = await Promise.all([user(), user()]);
    const before = subgraph.executions;
    const sharedBefore = await shared();
    const company = Promise.all(
      [anna, boris].map((h) => postGraphQL(url, '{ me { company { name } } }', {}, h)),
    );
    await eventually(
      async () => subgraph.waiting === 1 && (await shared()) > sharedBefore,
      'one execution, shared',
    );
    subgraph.release();
    expect((await company).map((r) => r.data)).toEqual([
      { me: { company: { name: 'ООО «Ромашка»' } } },
      { me: { company: { name: 'ООО «Ромашка»' } } },
    ]);
    expect(subgraph.executions - before).toBe(1);

    const profiles = Promise.all([anna, boris].map((h) => postGraphQL(url, '{ me { fullName } }', {}, h)));
    const touches = Promise.all([anna, anna].map((h) => postGraphQL(url, 'mutation { touch }', {}, h)));
    await eventually(() => subgraph.waiting === 4, 'two profiles and two mutations at the subgraph');
    subgraph.release();
    const names = (await profiles).map((r) => (r.data as { me: { fullName: string } }).me.fullName);
    expect(new Set(names).size).toBe(2); // each their own
    expect((await touches).map((r) => r.data)).toEqual([{ touch: 'touched' }, { touch: 'touched' }]);
    expect(subgraph.executions - before).toBe(5);
  });
});
