// What one client may ask of the gateway (issue 9): the shape and cost of an operation over HTTP and
// WebSocket, errors that must not close a socket, subscription slots, anonymous sockets, and the client's
// address behind a trusted proxy.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, postGraphQL } from '@kabinet/kit/testing';
import WebSocket from 'ws';
import { type RunningSystem, type SocketClient, startSystem } from '../src/system';

const NEWS = '{ news(first: 1) { edges { cursor } } }';
const nested = (levels: number) =>
  `{ me { ${'company { users { '.repeat(levels)}login${' } }'.repeat(levels)} } }`;

describe('operation limits and socket abuse', () => {
  const plan = demoPlan([{ key: 'alpha', name: 'ООО «Альфа»', accounts: 3 }]);
  const [alpha] = plan.companies;
  let system: RunningSystem;
  let admin: string;

  beforeAll(async () => {
    system = await startSystem(plan, {
      socketLimits: { connectionsPerIp: 8, anonymousConnections: 2, anonymousIdleMs: 500 },
      trustedProxies: ['loopback'],
    });
    admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  describe('over HTTP, before any subgraph runs', () => {
    it('refuses the users ↔ company amplification as QUERY_TOO_COMPLEX with 400', async () => {
      const result = await system.query(nested(4), {}, admin);
      expect(result.status).toBe(400);
      expect(result.data).toBeUndefined();
      expect(result.errors?.[0].extensions).toMatchObject({
        code: 'QUERY_TOO_COMPLEX',
        limit: { name: 'cost', max: 25_000 },
      });
    });

    it('refuses a query 150 deep as QUERY_TOO_DEEP, signed in or not', async () => {
      for (const token of [admin, undefined]) {
        const result = await system.query(nested(75), {}, token);
        expect(result.status).toBe(400);
        expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_DEEP', limit: { max: 12 } });
      }
    });

    it('counts a connection by its first argument, from a variable too', async () => {
      const accounts =
        'query ($n: Int) { me { company { personalAccounts(first: $n) { edges { node { number services { tariff { name } } } } } } } }';
      const few = await system.query(accounts, { n: 3 }, admin);
      expect(few.errors).toBeUndefined();
      const many = await system.query(accounts, { n: 100_000 }, admin);
      expect(many.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('refuses too many aliases and root fields', async () => {
      const aliases = `{ ${Array.from({ length: 31 }, (_, i) => `n${i}: news(first: 1) { edges { cursor } }`).join(' ')} }`;
      const result = await system.query(aliases);
      expect(result.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX' });
    });

    it('stops walking fragments that double at every level, answering at once', async () => {
      const fragments = Array.from(
        { length: 40 },
        (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
      ).join('\n');
      const result = await system.query(`{ ...F40 }\nfragment F0 on Query { me { login } }\n${fragments}`);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    });

    it('refuses a document of too many tokens as a parse failure with 400', async () => {
      const result = await system.query(`{ ${'__typename '.repeat(20_000)}}`);
      expect(result.status).toBe(400);
      expect(result.errors?.[0].extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    });

    it('still answers the README dashboard query', async () => {
      const result = await system.query<{ me: { company: { name: string } } }>(
        '{ me { company { name personalAccounts(first: 50) { totalCount edges { node { number balance { amount currency } services { tariff { name } } } } } } } news(first: 5) { edges { node { title } } } }',
        {},
        admin,
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.me.company.name).toBe(alpha.name);
    });
  });

  describe('over WebSocket', () => {
    let socket: SocketClient;
    beforeEach(async () => {
      socket = system.socket(admin);
      await socket.connected;
    });
    afterEach(() => socket.client.dispose());

    const ask = async (query: string) => {
      const answer = socket.subscribe(query);
      await answer.waitFor(1);
      return answer.results[0];
    };

    it('answers queries that fail, or do not parse, with errors and keeps the socket open', async () => {
      const notFound = await ask('{ company(id: "00000000-0000-4000-8000-000000000000") { name } }');
      expect(notFound.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const broken = await ask('{ me { login ');
      expect(broken.errors?.[0].message).toMatch(/Syntax Error/);
      const tooDeep = await ask(nested(75));
      expect(tooDeep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
      const me = await ask('{ me { login } }');
      expect(me).toEqual({ data: { me: { login: alpha.admin.login } } });
    });

    it('refuses a subscription over the limits without closing the socket', async () => {
      const deep = await ask(
        `subscription { balanceChanged(companyWide: true) { account { ${'company { users { '.repeat(8)}login${' } }'.repeat(8)} } } }`,
      );
      expect(deep.errors?.[0].extensions?.code).toMatch(/QUERY_TOO_(DEEP|COMPLEX)/);
      expect((await ask('{ me { login } }')).data).toEqual({ me: { login: alpha.admin.login } });
    });

    it('frees the slot of every refused subscription: 60 invalid ones, then a valid one runs', async () => {
      for (let i = 0; i < 60; i += 1) {
        const refused = await ask('subscription { balanceChanged(companyWide: true) { noSuchField } }');
        expect(refused.errors?.[0].message).toMatch(/noSuchField/);
      }
      const head = await system.streamHead(alpha.id);
      const live = socket.subscribe<{ balanceChanged: { sequence: number } }>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence } }',
        { after: head },
      );
      const operator = await system.login('operator', DEMO_PASSWORD);
      const paid = await system.query<{ postLedgerEntry: { sequence: number } }>(
        'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
        {
          i: {
            accountId: alpha.accounts[0].id,
            kind: 'PAYMENT',
            amount: '10.00',
            description: 'after 60 refusals',
            idempotencyKey: `slots-${Date.now()}`,
          },
        },
        operator,
      );
      await live.waitFor(1);
      expect(live.results[0]).toEqual({
        data: { balanceChanged: { sequence: paid.data?.postLedgerEntry.sequence } },
      });
    });
  });

  describe('anonymous sockets and addresses', () => {
    it('caps anonymous connections overall (4029)', async () => {
      const first = system.socket();
      const second = system.socket();
      await Promise.all([first.connected, second.connected]);
      const third = system.socket();
      expect((await third.closed).code).toBe(4029);
      await Promise.all([first.client.dispose(), second.client.dispose()]);
    });

    it('closes an anonymous socket that sends nothing (4010), not one that works', async () => {
      const working = system.socket();
      await working.connected;
      const news = working.subscribe(NEWS);
      await news.waitFor(1);
      // Opened after the working one: by the time its idle timer fires, the working one's has fired too.
      const idle = system.socket();
      expect((await idle.closed).code).toBe(4010);
      const again = working.subscribe<{ news: { edges: unknown[] } }>(NEWS);
      await again.waitFor(1);
      expect(again.results[0].data?.news.edges).toHaveLength(1);
      await working.client.dispose();
    });

    it('refuses connections over the per-address cap at the upgrade with 429', async () => {
      const wsUrl = system.gatewayUrl.replace(/^http/, 'ws');
      const open = (address: string) =>
        new Promise<{ socket: WebSocket; status: number }>((resolve) => {
          const socket = new WebSocket(wsUrl, 'graphql-transport-ws', {
            headers: { 'x-forwarded-for': address },
          });
          socket.once('open', () => resolve({ socket, status: 101 }));
          socket.once('unexpected-response', (_req, res) => resolve({ socket, status: res.statusCode ?? 0 }));
        });
      const held = await Promise.all(Array.from({ length: 8 }, () => open('198.51.100.7')));
      expect(held.map((h) => h.status)).toEqual(Array(8).fill(101));
      expect((await open('198.51.100.7')).status).toBe(429);
      // Another client behind the same proxy is not affected.
      const other = await open('198.51.100.8');
      expect(other.status).toBe(101);
      for (const { socket } of [...held, other]) socket.close();
    });

    it('records the client address from X-Forwarded-For sent by a trusted proxy', async () => {
      const name = `Филиал ${Date.now()}`;
      const created = await postGraphQL(
        system.gatewayUrl,
        'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }',
        { i: { name } },
        { authorization: `Bearer ${admin}`, 'x-forwarded-for': '203.0.113.9, 127.0.0.1' },
      );
      expect(created.errors).toBeUndefined();
      const entry = await eventually(async () => {
        const log = await system.query<{ auditLog: { edges: { node: { action: string; ip: string } }[] } }>(
          '{ auditLog(first: 50) { edges { node { action ip } } } }',
          {},
          admin,
        );
        return log.data?.auditLog.edges.find((e) => e.node.action === 'accounts.createAccountGroup')?.node;
      }, 'the archived group creation');
      expect(entry.ip).toBe('203.0.113.9');
    });
  });
});
