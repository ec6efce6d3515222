import { createTokenSigner, DEMO_PASSWORD, demoPlan } from '@kabinet/kit';
import { postGraphQL } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const WATCH =
  'subscription { balanceChanged(companyWide: true) { sequence amount { amount } account { number } } }';
const PAY = 'mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }';
type Watch = {
  balanceChanged: { sequence: number; amount: { amount: string }; account: { number: string } };
};

describe('the gateway WebSocket: auth, limits, failures, scale-out', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 2 }]);
  const [a] = plan.companies;
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let n = 0;
  const pay = (gatewayUrl: string, amount: string) =>
    postGraphQL<{ postLedgerEntry: { sequence: number } }>(
      gatewayUrl,
      PAY,
      {
        input: {
          accountId: a.accounts[0].id,
          kind: 'PAYMENT',
          amount,
          description: 'x',
          idempotencyKey: `sock-${++n}-${Date.now()}`,
        },
      },
      { authorization: `Bearer ${operator}` },
    );

  beforeAll(async () => {
    system = await startSystem(plan, {
      socketLimits: { subscriptionsPerConnection: 2, connectionsPerUser: 3 },
      upstreamRetry: { attempts: 3, delayMs: 100 },
    });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('refuses an invalid token in connection_init with 4403', async () => {
    const socket = system.socket('not-a-token');
    expect((await socket.closed).code).toBe(4403);
    const forged = system.socket(`${admin.slice(0, -4)}AAAA`);
    expect((await forged.closed).code).toBe(4403);
  });

  it('ends the connection with 4401 when the access token expires', async () => {
    const shortLived = await createTokenSigner({
      privateKeyPem: system.keyPair.privateKeyPem,
      keyId: 'k1',
      ttlSeconds: 2,
    })({
      userId: a.admin.id,
      companyId: a.id,
      role: 'ADMIN',
    });
    const socket = system.socket(shortLived.token);
    const live = socket.subscribe<Watch>(WATCH);
    const closed = await socket.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/expired/i);
    expect(await live.ended).toMatchObject({ code: 4401 });
  });

  it('answers queries and mutations over the same socket', async () => {
    const socket = system.socket(admin);
    const me = await new Promise((resolve, reject) => {
      socket.client.subscribe(
        { query: '{ me { login company { name } } }' },
        { next: resolve, error: reject, complete: () => {} },
      );
    });
    expect(me).toEqual({ data: { me: { login: a.admin.login, company: { name: a.name } } } });
  });

  it('caps subscriptions per connection and connections per user', async () => {
    const socket = system.socket(admin);
    const [one, two, three] = [socket.subscribe(WATCH), socket.subscribe(WATCH), socket.subscribe(WATCH)];
    await three.waitFor(1);
    expect(three.results[0].errors?.[0].message).toMatch(/At most 2 subscriptions/);
    expect(one.results).toEqual([]);
    expect(two.results).toEqual([]);
    one.dispose();
    two.dispose();

    // The operator holds no other sockets: three are allowed, the fourth is refused.
    const held = [system.socket(operator), system.socket(operator), system.socket(operator)];
    const stillOpen = await Promise.race([
      Promise.any(held.map((s) => s.closed)).then(() => false),
      new Promise((r) => setTimeout(() => r(true), 500)),
    ]);
    expect(stillOpen).toBe(true);
    const fourth = system.socket(operator);
    expect(await fourth.closed).toMatchObject({ code: 4029, reason: 'Too many connections for this user' });
    for (const s of held) await s.client.dispose();
  });

  it('delivers a change posted through another gateway and billing instance (scale-out)', async () => {
    const billingB = await system.addSubgraphInstance('billing');
    const gatewayB = await system.addGateway({ billing: billingB });
    const gatewayC = await system.addGateway();
    const onB = system.socket(admin, {}, gatewayB).subscribe<Watch>(WATCH);
    await new Promise((r) => setTimeout(r, 300));
    const posted = await pay(gatewayC, '77.00'); // through gateway C and the first billing instance
    expect(posted.errors).toBeUndefined();
    await onB.waitFor(1);
    expect(onB.results[0].data?.balanceChanged).toMatchObject({
      sequence: posted.data?.postLedgerEntry.sequence,
      amount: { amount: '77.00' },
      account: { number: a.accounts[0].number },
    });
    onB.dispose();
  });

  it('ends with an error and complete, not a hang, when the owning subgraph stays down', async () => {
    const live = system.socket(await system.login(a.admin.login, DEMO_PASSWORD)).subscribe<Watch>(WATCH);
    await new Promise((r) => setTimeout(r, 300));
    await system.stopSubgraph('billing');
    try {
      await live.waitFor(1, 10_000);
      expect(live.results[0].errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      await expect(live.ended).resolves.toBeUndefined(); // completed by the server
    } finally {
      await system.startSubgraph('billing');
    }
  });
});
