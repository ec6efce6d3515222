import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { createTokenSigner } from '@kabinet/kit';
import { eventually, postGraphQL } from '@kabinet/kit/testing';
import WebSocket from 'ws';
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
      socketLimits: { subscriptionsPerConnection: 2, connectionsPerUser: 3, queuedPerSubscription: 50 },
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
      ttlSeconds: 3, // issued at a whole second, so valid for 2–3 s: time enough to connect
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
    await socket.client.dispose();
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
    const accepted = await Promise.race([
      Promise.all(held.map((s) => s.connected)).then(() => true),
      Promise.any(held.map((s) => s.closed)).then(() => false),
    ]);
    expect(accepted).toBe(true);
    const fourth = system.socket(operator);
    expect(await fourth.closed).toMatchObject({ code: 4029, reason: 'Too many connections for this user' });
    for (const s of held) await s.client.dispose();
    await socket.client.dispose();
  });

  it('cuts off a client that stops reading with 4008, while others on the same subscription get everything', async () => {
    // About 20 kB per event (ten copies of a 2,000-character description), so the kernel's socket buffers
    // fill after a few hundred events and the subscription's queue (50 events here) overflows.
    const copies = Array.from({ length: 10 }, (_, i) => `d${i}: entry { description }`).join(' ');
    const BIG = `subscription { balanceChanged(companyWide: true) { sequence ${copies} } }`;
    const slow = new WebSocket(system.gatewayUrl.replace(/^http/, 'ws'), 'graphql-transport-ws');
    const slowClosed = new Promise<{ code: number; reason: string }>((resolve) =>
      slow.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve) => slow.once('open', resolve));
    slow.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${admin}` } }));
    await new Promise((resolve) => slow.once('message', resolve)); // connection_ack
    slow.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: BIG } }));
    const fastSocket = system.socket(admin);
    const fast = fastSocket.subscribe<{ balanceChanged: { sequence: number } }>(BIG);
    // Both share one live-only subscription, up once a probe payment has reached both; probes are paid until
    // then, and only what comes after the last one is counted.
    let slowLive = false;
    const onMessage = (message: WebSocket.RawData) => {
      if (JSON.parse(message.toString()).type !== 'next') return;
      slowLive = true;
      slow.off('message', onMessage);
    };
    slow.on('message', onMessage);
    let lastProbe = 0;
    await eventually(async () => {
      const probe = await pay(system.gatewayUrl, '1.00');
      lastProbe = probe.data?.postLedgerEntry.sequence as number;
      await new Promise((r) => setTimeout(r, 200));
      return slowLive && fast.results.length > 0;
    }, 'both readers receive a probe payment');
    slow.pause(); // stops reading: what the gateway sends piles up

    const EVENTS = 600;
    const description = 'Реестр '.padEnd(2000, '·');
    const sequences: number[] = [];
    for (let call = 0; call < EVENTS / 40; call++) {
      const posted = await postGraphQL<{ postLedgerEntries: { sequence: number }[] }>(
        system.gatewayUrl,
        'mutation ($inputs: [PostLedgerEntryInput!]!) { postLedgerEntries(inputs: $inputs) { sequence } }',
        {
          inputs: Array.from({ length: 40 }, (_, k) => ({
            accountId: a.accounts[k % 2].id,
            kind: 'PAYMENT',
            amount: '1.00',
            description,
            idempotencyKey: `slow-${call}-${k}-${Date.now()}`,
          })),
        },
        { authorization: `Bearer ${operator}` },
      );
      expect(posted.errors).toBeUndefined();
      sequences.push(...(posted.data?.postLedgerEntries.map((p) => p.sequence) ?? []));
    }
    await eventually(
      () => fast.results.some((r) => r.data?.balanceChanged.sequence === sequences.at(-1)),
      'every payment reaches the fast reader',
      30_000,
    );
    const afterProbes = fast.results
      .map((r) => r.data?.balanceChanged.sequence as number)
      .filter((sequence) => sequence > lastProbe);
    expect(afterProbes).toEqual(sequences);

    slow.resume(); // reads what was buffered, then the close frame
    expect(await slowClosed).toEqual({ code: 4008, reason: 'Client fell too far behind' });
    fast.dispose();
    await fastSocket.client.dispose();
  });

  it('delivers a change posted through another gateway and billing instance (scale-out)', async () => {
    const billingB = await system.addSubgraphInstance('billing');
    const gatewayB = await system.addGateway({ billing: billingB });
    const gatewayC = await system.addGateway();
    const onB = system
      .socket(admin, {}, gatewayB)
      .subscribe<Watch>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence amount { amount } account { number } } }',
        { after: await system.streamHead(a.id) },
      );
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
    const live = system
      .socket(await system.login(a.admin.login, DEMO_PASSWORD))
      .subscribe<Watch>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence } }',
        { after: await system.streamHead(a.id) },
      );
    // A payment delivered proves the subscription is up at billing before billing goes away.
    expect((await pay(system.gatewayUrl, '1.00')).errors).toBeUndefined();
    await live.waitFor(1);
    await system.stopSubgraph('billing');
    try {
      await live.waitFor(2, 10_000);
      expect(live.results[1].errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE' } });
      await expect(live.ended).resolves.toBeUndefined(); // completed by the server
    } finally {
      await system.startSubgraph('billing');
    }
  });
});
