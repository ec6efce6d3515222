import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { postGraphQL } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

// Tests subscribe `after` the stream's head, so no event they commit can precede the subscription.
const LIVE = `subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) {
  sequence kind amount { amount } balance { amount currency }
  account { number name company { name } services { tariff { name } } } } }`;
const PAY = `mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { balance { amount } sequence } }`;

interface Live {
  balanceChanged: {
    sequence: number;
    kind: string;
    amount: { amount: string };
    balance: { amount: string; currency: string };
    account: {
      number: string;
      name: string;
      company: { name: string };
      services: { tariff: { name: string } }[];
    };
  };
}

describe('federated subscriptions through the gateway', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 3 },
    { key: 'b', name: 'ООО «Б»', accounts: 2 },
    { key: 'c', name: 'ООО «В»', accounts: 1 },
  ]);
  const [a, b, c] = plan.companies;
  let system: RunningSystem;
  let operator: string;
  let payments = 0;
  const pay = (accountId: string, amount: string) =>
    system.query<{ postLedgerEntry: { balance: { amount: string }; sequence: number } }>(
      PAY,
      {
        input: {
          accountId,
          kind: 'PAYMENT',
          amount,
          description: 'Платёжное поручение',
          idempotencyKey: `pay-${++payments}-${Date.now()}`,
        },
      },
      operator,
    );

  beforeAll(async () => {
    // Patient upstream retries (about 45 s in all): billing's restart below may be slow on a busy machine.
    system = await startSystem(plan, { upstreamRetry: { attempts: 30, delayMs: 100 } });
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('delivers a payment merged with fields from accounts and catalog, only to the owning company', async () => {
    const tokenA = await system.login(a.admin.login, DEMO_PASSWORD);
    const tokenB = await system.login(b.admin.login, DEMO_PASSWORD);
    const mine = system.socket(tokenA).subscribe<Live>(LIVE, { after: await system.streamHead(a.id) });
    const theirs = system.socket(tokenB).subscribe<Live>(LIVE, { after: await system.streamHead(b.id) });

    const paid = await pay(a.accounts[0].id, '2500.00');
    expect(paid.errors).toBeUndefined();
    await mine.waitFor(1);
    const account = a.accounts[0];
    expect(mine.results[0].errors).toBeUndefined();
    expect(mine.results[0].data?.balanceChanged).toEqual({
      sequence: paid.data?.postLedgerEntry.sequence,
      kind: 'PAYMENT',
      amount: { amount: '2500.00' },
      balance: { amount: paid.data?.postLedgerEntry.balance.amount, currency: 'RUB' },
      account: {
        number: account.number,
        name: account.name,
        company: { name: a.name },
        services: expect.arrayContaining(
          plan.tariffs
            .filter((t) => account.tariffCodes.includes(t.code))
            .map((t) => ({ tariff: { name: t.name } })),
        ),
      },
    });
    // Committed after the payment under test: whatever of it leaked to the other company would come first.
    const marker = (await pay(b.accounts[0].id, '1.00')).data?.postLedgerEntry.sequence;
    await theirs.waitFor(1);
    expect(theirs.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([marker]);
  });

  it('resumes after a reconnect with exactly the events it missed', async () => {
    const token = await system.login(a.admin.login, DEMO_PASSWORD);
    const first = system.socket(token).subscribe<Live>(LIVE, { after: await system.streamHead(a.id) });
    const seen = (await pay(a.accounts[1].id, '1.00')).data?.postLedgerEntry.sequence as number;
    await first.waitFor(1);
    first.dispose(); // the dashboard goes away…
    await pay(a.accounts[1].id, '2.00');
    await pay(a.accounts[2].id, '3.00');
    // …and comes back, asking for what came after the last sequence it saw.
    const resumed = system
      .socket(token)
      .subscribe<Live>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence amount { amount } } }',
        { after: seen },
      );
    await resumed.waitFor(2);
    await pay(a.accounts[0].id, '4.00'); // live, and the marker: anything replayed twice would come before it
    await resumed.waitFor(3);
    expect(resumed.results.map((r) => r.data?.balanceChanged)).toEqual([
      { sequence: seen + 1, amount: { amount: '2.00' } },
      { sequence: seen + 2, amount: { amount: '3.00' } },
      { sequence: seen + 3, amount: { amount: '4.00' } },
    ]);
  });

  it('survives a restart of the owning subgraph, resuming from the last sequence delivered', async () => {
    const token = await system.login(a.admin.login, DEMO_PASSWORD);
    const live = system
      .socket(token)
      .subscribe<Live>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence amount { amount } account { number } } }',
        { after: await system.streamHead(a.id) },
      );
    const start = (await pay(a.accounts[0].id, '10.00')).data?.postLedgerEntry.sequence as number;
    await live.waitFor(1);

    await system.stopSubgraph('billing');
    // While billing is down here, another billing instance keeps taking payments.
    const other = await system.addSubgraphInstance('billing');
    const viaOther = await system.addGateway({ billing: other });
    for (const amount of ['11.00', '12.00']) {
      const posted = await postGraphQL(
        viaOther,
        PAY,
        {
          input: {
            accountId: a.accounts[0].id,
            kind: 'PAYMENT',
            amount,
            description: 'x',
            idempotencyKey: `other-${amount}-x`,
          },
        },
        { authorization: `Bearer ${operator}` },
      );
      expect(posted.errors).toBeUndefined();
    }
    await system.startSubgraph('billing');
    await live.waitFor(3, 15_000);
    // Paid once resumed: anything delivered twice across the restart would come before it.
    await pay(a.accounts[0].id, '13.00');
    await live.waitFor(4);
    expect(live.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([
      start,
      start + 1,
      start + 2,
      start + 3,
    ]);
    expect(live.results.map((r) => r.data?.balanceChanged.amount.amount)).toEqual([
      '10.00',
      '11.00',
      '12.00',
      '13.00',
    ]);
    expect(live.results.every((r) => r.data?.balanceChanged.account.number === a.accounts[0].number)).toBe(
      true,
    );
  });

  it('delivers order status changes with fields from accounts and catalog, and refuses moves the workflow forbids', async () => {
    const account = a.accounts[0]; // every fifth account has an order in progress in the demo plan
    const token = await system.login(a.admin.login, DEMO_PASSWORD);
    const orders = await system.query<{
      me: {
        company: { personalAccounts: { edges: { node: { orders: { id: string; status: string }[] } }[] } };
      };
    }>(
      '{ me { company { personalAccounts(first: 1) { edges { node { orders { id status } } } } } } }',
      {},
      token,
    );
    expect(orders.errors).toBeUndefined();
    const order = orders.data?.me.company.personalAccounts.edges[0].node.orders[0] as {
      id: string;
      status: string;
    };
    expect(order.status).toBe('IN_PROGRESS');

    const watching = system.socket(token).subscribe<{
      orderStatusChanged: {
        previousStatus: string;
        status: string;
        reason: string;
        order: { tariff: { name: string }; account: { number: string } };
      };
    }>(
      `subscription ($ids: [ID!], $after: Int) { orderStatusChanged(orderIds: $ids, after: $after) {
         sequence previousStatus status reason order { tariff { name } account { number } } } }`,
      { ids: [order.id], after: await system.streamHead(a.id, 'catalog') },
    );
    const otherCompany = system
      .socket(await system.login(b.admin.login, DEMO_PASSWORD))
      .subscribe<{ orderStatusChanged: { status: string; order: { id: string } } }>(
        'subscription ($after: Int) { orderStatusChanged(after: $after) { status order { id } } }',
        { after: await system.streamHead(b.id, 'catalog') },
      );
    const MOVE =
      'mutation ($input: AdvanceOrderInput!) { advanceOrder(input: $input) { order { status } sequence } }';
    const backwards = await system.query(
      MOVE,
      { input: { orderId: order.id, step: 'START_FEASIBILITY_CHECK' } },
      operator,
    );
    expect(backwards.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    const byCustomer = await system.query(MOVE, { input: { orderId: order.id, step: 'FINISH_WORK' } }, token);
    expect(byCustomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // The move that succeeds is also the marker: had a refused one published anything, it would come first.
    const done = await system.query(
      MOVE,
      { input: { orderId: order.id, step: 'FINISH_WORK', reason: 'Подключено' } },
      operator,
    );
    expect(done.errors).toBeUndefined();
    await watching.waitFor(1);
    expect(watching.results.map((r) => r.data?.orderStatusChanged)).toEqual([
      expect.objectContaining({
        previousStatus: 'IN_PROGRESS',
        status: 'AWAITING_CONFIRMATION',
        reason: 'Подключено',
        order: { tariff: { name: 'Интернет 500 Мбит/с' }, account: { number: account.number } },
      }),
    ]);
    const fromTheEnd = await system.query(
      MOVE,
      { input: { orderId: order.id, step: 'FINISH_WORK' } },
      operator,
    );
    expect(fromTheEnd.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');

    // The other company's own order moves last: any of the changes above that leaked would come before it.
    const [theirs] = await system.subgraphs.catalog.db.dataSource.query(
      'SELECT id FROM orders WHERE company_id = $1',
      [b.id],
    );
    expect(
      (await system.query(MOVE, { input: { orderId: theirs.id, step: 'FINISH_WORK' } }, operator)).errors,
    ).toBeUndefined();
    await otherCompany.waitFor(1);
    expect(otherCompany.results.map((r) => r.data?.orderStatusChanged)).toEqual([
      { status: 'AWAITING_CONFIRMATION', order: { id: theirs.id } },
    ]);
  });

  it('reads each event of one subscription afresh: two changes of one order, two payments to one account', async () => {
    const token = await system.login(c.admin.login, DEMO_PASSWORD);
    const socket = system.socket(token);
    const orderId = (
      await system.subgraphs.catalog.db.dataSource.query('SELECT id FROM orders WHERE account_id = $1', [
        c.accounts[0].id,
      ])
    )[0].id as string;
    const orders = socket.subscribe<{
      orderStatusChanged: { status: string; order: { status: string; statusReason: string } };
    }>(
      `subscription ($ids: [ID!], $after: Int) { orderStatusChanged(orderIds: $ids, after: $after) {
         status order { status statusReason tariff { name } } } }`,
      { ids: [orderId], after: await system.streamHead(c.id, 'catalog') },
    );
    const balances = socket.subscribe<{
      balanceChanged: { balance: { amount: string }; account: { balance: { amount: string } } };
    }>(
      'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { balance { amount } account { balance { amount } } } }',
      { after: await system.streamHead(c.id) },
    );
    const finished = await system.query(
      'mutation ($input: AdvanceOrderInput!) { advanceOrder(input: $input) { sequence } }',
      { input: { orderId, step: 'FINISH_WORK', reason: 'Линия проложена' } },
      operator,
    );
    expect(finished.errors).toBeUndefined();
    const returned = await system.query(
      'mutation ($input: ReturnOrderToWorkInput!) { returnOrderToWork(input: $input) { sequence } }',
      { input: { orderId, reason: 'Нет сигнала в переговорной' } },
      token,
    );
    expect(returned.errors).toBeUndefined();
    for (const amount of ['100.00', '200.00'])
      expect((await pay(c.accounts[0].id, amount)).errors).toBeUndefined();
    await orders.waitFor(2);
    await balances.waitFor(2);
    expect(orders.results.map((r) => r.data?.orderStatusChanged)).toEqual([
      {
        status: 'AWAITING_CONFIRMATION',
        order: {
          status: 'AWAITING_CONFIRMATION',
          statusReason: 'Линия проложена',
          tariff: { name: 'Интернет 500 Мбит/с' },
        },
      },
      {
        status: 'IN_PROGRESS',
        order: {
          status: 'IN_PROGRESS',
          statusReason: 'Нет сигнала в переговорной',
          tariff: { name: 'Интернет 500 Мбит/с' },
        },
      },
    ]);
    // The account's balance is read through billing's loader; the event's balance is the one it published.
    for (const { data } of balances.results)
      expect(data?.balanceChanged.account.balance).toEqual(data?.balanceChanged.balance);
    await socket.client.dispose();
  });

  it('gives each of many concurrent events its own cross-subgraph fields', async () => {
    const token = await system.login(a.admin.login, DEMO_PASSWORD);
    const socket = system.socket(token);
    const after = await system.streamHead(a.id);
    const watchers = a.accounts.map((account) =>
      socket.subscribe<{ balanceChanged: { account: { id: string; number: string } } }>(
        'subscription ($ids: [ID!], $after: Int) { balanceChanged(accountIds: $ids, after: $after) { account { id number } } }',
        { ids: [account.id], after },
      ),
    );
    await Promise.all(a.accounts.map((account) => pay(account.id, '5.00')));
    for (const [i, watcher] of watchers.entries()) {
      await watcher.waitFor(1);
      expect(watcher.results[0].data?.balanceChanged.account).toEqual({
        id: a.accounts[i].id,
        number: a.accounts[i].number,
      });
    }
  });
});
