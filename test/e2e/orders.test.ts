import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const tariffId = (code: string) => stableId(`tariff:${code}`);
const optionId = (code: string) => stableId(`option:${code}`);

const PLACE = `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { order { id status
  items { tariff { code } options { code } region address quantity } } } }`;
const ADVANCE = 'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { order { status } sequence } }';
const SLOTS = 'query ($id: ID!) { availableVisitSlots(orderId: $id) { id startsAt endsAt } }';
const CHOOSE =
  'mutation ($i: ChooseVisitSlotInput!) { chooseVisitSlot(input: $i) { order { visit { startsAt } } } }';
const CONFIRM = 'mutation ($i: OrderIdInput!) { confirmOrderExecution(input: $i) { order { status } } }';
const RETURN = 'mutation ($i: ReturnOrderToWorkInput!) { returnOrderToWork(input: $i) { order { status } } }';
const ORDER = `query ($id: ID!) { order(id: $id) { status statusReason visit { startsAt }
  history { previousStatus status actor reason } } }`;

interface Slot {
  id: string;
  startsAt: string;
  endsAt: string;
}

const internetAt = (line: string, options: string[] = []) => ({
  tariffId: tariffId('NET-100'),
  options: options.map(optionId),
  address: { region: 'MOSCOW', line },
});
const contact = { name: 'Иванова Мария', phone: '+79160000001' };

describe('orders: the customer orders, the technician comes, the customer confirms, billing charges', () => {
  // Monday 4 March 2030, noon in Moscow.
  const clock = testClock(new Date('2030-03-04T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let adminB: string;
  let operator: string;

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    adminB = await system.login(b.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  const place = async (token: string, accountId: string, items: unknown[]) => {
    const placed = await system.query<{ placeOrder: { order: { id: string; status: string } } }>(
      PLACE,
      { i: { accountId, items, contact, comment: 'Офис на 3 этаже' } },
      token,
    );
    expect(placed.errors).toBeUndefined();
    return placed.data?.placeOrder.order.id as string;
  };
  const advance = async (orderId: string, step: string, reason?: string) => {
    const moved = await system.query(ADVANCE, { i: { orderId, step, reason } }, operator);
    expect(moved.errors).toBeUndefined();
  };
  /** Staff check and accept the order; the customer books its first free window. */
  const scheduled = async (token: string, orderId: string) => {
    await advance(orderId, 'START_FEASIBILITY_CHECK');
    await advance(orderId, 'ACCEPT');
    const slots = await system.query<{ availableVisitSlots: Slot[] }>(SLOTS, { id: orderId }, token);
    const [slot] = slots.data?.availableVisitSlots ?? [];
    const chosen = await system.query(CHOOSE, { i: { orderId, slotId: slot.id } }, token);
    expect(chosen.errors).toBeUndefined();
    return slot;
  };

  it('connects ordered internet with a static IP once the customer confirms the work, and bills it from that day', async () => {
    const orderId = await place(admin, a.accounts[0].id, [
      internetAt('г. Москва, ул. Новая, д. 5', ['STATIC-IP']),
    ]);
    const early = await system.query(ADVANCE, { i: { orderId, step: 'START_WORK' } }, operator);
    expect(early.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');

    await advance(orderId, 'START_FEASIBILITY_CHECK');
    await advance(orderId, 'ACCEPT');
    const noVisit = await system.query(ADVANCE, { i: { orderId, step: 'START_WORK' } }, operator);
    expect(noVisit.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'orderId', message: 'has no visit booked' }],
    });
    const slots = (await system.query<{ availableVisitSlots: Slot[] }>(SLOTS, { id: orderId }, admin)).data
      ?.availableVisitSlots as Slot[];
    // Working days from tomorrow, three windows a day, from 9, 12 and 15 o'clock Moscow time.
    expect(slots.slice(0, 4).map((s) => s.startsAt)).toEqual([
      '2030-03-05T06:00:00.000Z',
      '2030-03-05T09:00:00.000Z',
      '2030-03-05T12:00:00.000Z',
      '2030-03-06T06:00:00.000Z',
    ]);
    expect(slots.every((s) => !['0', '6'].includes(String(new Date(s.startsAt).getUTCDay())))).toBe(true);
    const chosen = await system.query(CHOOSE, { i: { orderId, slotId: slots[1].id } }, admin);
    expect(chosen.data).toEqual({ chooseVisitSlot: { order: { visit: { startsAt: slots[1].startsAt } } } });

    clock.set(new Date('2030-03-05T09:30:00Z'));
    await advance(orderId, 'START_WORK');
    await advance(orderId, 'FINISH_WORK', 'Линия проложена, роутер настроен');
    clock.set(new Date('2030-03-05T15:00:00Z'));
    const confirmed = await system.query(CONFIRM, { i: { orderId } }, admin);
    expect(confirmed.data).toEqual({ confirmOrderExecution: { order: { status: 'COMPLETED' } } });

    const order = await system.query<{ order: { history: { actor: string; status: string }[] } }>(
      ORDER,
      { id: orderId },
      admin,
    );
    expect(order.data?.order.history).toEqual([
      { previousStatus: null, status: 'ACKNOWLEDGED', actor: 'CUSTOMER', reason: null },
      { previousStatus: 'ACKNOWLEDGED', status: 'FEASIBILITY_CHECK', actor: 'STAFF', reason: null },
      { previousStatus: 'FEASIBILITY_CHECK', status: 'SCHEDULING', actor: 'STAFF', reason: null },
      { previousStatus: 'SCHEDULING', status: 'IN_PROGRESS', actor: 'STAFF', reason: null },
      {
        previousStatus: 'IN_PROGRESS',
        status: 'AWAITING_CONFIRMATION',
        actor: 'STAFF',
        reason: 'Линия проложена, роутер настроен',
      },
      { previousStatus: 'AWAITING_CONFIRMATION', status: 'COMPLETED', actor: 'CUSTOMER', reason: null },
    ]);

    const services = await system.query<{
      personalAccount: { services: { id: string; identifier: string; activatedAt: string }[] };
    }>(
      `query ($id: ID!) { personalAccount(id: $id) { services(filter: { kind: INTERNET }) { id identifier status
         activatedAt tariff { code } options { code } monthlyCost { amount } } } }`,
      { id: a.accounts[0].id },
      admin,
    );
    const connected = services.data?.personalAccount.services.find(
      (s) => s.identifier === 'г. Москва, ул. Новая, д. 5',
    );
    expect(connected).toMatchObject({
      status: 'ACTIVE',
      activatedAt: '2030-03-05T15:00:00.000Z',
      tariff: { code: 'NET-100' },
      options: [{ code: 'STATIC-IP' }],
      monthlyCost: { amount: '2700.00' },
    });

    const billing = system.subgraphs.billing.db.dataSource;
    await eventually(
      async () =>
        (await billing.query('SELECT 1 FROM billed_services WHERE service_id = $1', [connected?.id])).length,
      'billing knows the new service',
    );
    clock.set(new Date('2030-04-01T06:00:00Z'));
    const run = await system.query(
      'mutation { runBilling(input: { month: "2030-03" }) { accountsBilled } }',
      {},
      operator,
    );
    expect(run.errors).toBeUndefined();
    const invoices = await system.query<{
      personalAccount: {
        invoices: {
          edges: {
            node: {
              lines: {
                service: { id: string };
                description: string;
                days: number | null;
                amount: { amount: string };
              }[];
            };
          }[];
        };
      };
    }>(
      `query ($id: ID!) { personalAccount(id: $id) { invoices(first: 1) { edges { node {
         lines { service { id } description days amount { amount } } } } } } }`,
      { id: a.accounts[0].id },
      admin,
    );
    const lines = invoices.data?.personalAccount.invoices.edges[0].node.lines.filter(
      (l) => l.service.id === connected?.id,
    );
    // 5 to 31 March: 27 of 31 days of 2,700.00; and the setup fee once.
    expect(lines?.map((l) => [l.days, l.amount.amount])).toEqual(
      expect.arrayContaining([
        [27, (Math.floor((270_000 * 27 * 2 + 31) / 62) / 100).toFixed(2)],
        [null, '3000.00'],
      ]),
    );
  });

  it('returns the work once with a reason, then completes it when the customer confirms', async () => {
    clock.set(new Date('2030-04-06T09:00:00Z'));
    const orderId = await place(admin, a.accounts[1].id, [internetAt('г. Москва, ул. Новая, д. 7')]);
    await scheduled(admin, orderId);
    await advance(orderId, 'START_WORK');
    await advance(orderId, 'FINISH_WORK');
    const returned = await system.query(
      RETURN,
      { i: { orderId, reason: 'Нет сигнала в переговорной' } },
      admin,
    );
    expect(returned.data).toEqual({ returnOrderToWork: { order: { status: 'IN_PROGRESS' } } });
    const noReason = await system.query(RETURN, { i: { orderId, reason: ' ' } }, admin);
    expect(noReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    await advance(orderId, 'FINISH_WORK', 'Добавлена точка доступа');
    expect((await system.query(CONFIRM, { i: { orderId } }, admin)).errors).toBeUndefined();
    const order = await system.query<{
      order: { history: { status: string; actor: string; reason: string | null }[] };
    }>(ORDER, { id: orderId }, admin);
    expect(order.data?.order.history.slice(-4)).toEqual([
      { previousStatus: 'IN_PROGRESS', status: 'AWAITING_CONFIRMATION', actor: 'STAFF', reason: null },
      {
        previousStatus: 'AWAITING_CONFIRMATION',
        status: 'IN_PROGRESS',
        actor: 'CUSTOMER',
        reason: 'Нет сигнала в переговорной',
      },
      {
        previousStatus: 'IN_PROGRESS',
        status: 'AWAITING_CONFIRMATION',
        actor: 'STAFF',
        reason: 'Добавлена точка доступа',
      },
      { previousStatus: 'AWAITING_CONFIRMATION', status: 'COMPLETED', actor: 'CUSTOMER', reason: null },
    ]);
  });

  it('completes an order left unconfirmed for 3 days by itself, and tells the customer', async () => {
    clock.set(new Date('2030-05-06T09:00:00Z'));
    const orderId = await place(admin, a.accounts[1].id, [
      { ...internetAt('г. Москва, ул. Новая, д. 9'), quantity: 2 },
    ]);
    await scheduled(admin, orderId);
    await advance(orderId, 'START_WORK');
    await advance(orderId, 'FINISH_WORK');
    clock.set(new Date('2030-05-09T08:59:00Z')); // a minute short of 3 days
    const before = await system.query<{ order: { status: string } }>(ORDER, { id: orderId }, admin);
    expect(before.data?.order.status).toBe('AWAITING_CONFIRMATION');
    clock.set(new Date('2030-05-09T09:00:00Z'));
    const done = await eventually(async () => {
      const order = await system.query<{
        order: { status: string; statusReason: string; history: { actor: string }[] };
      }>(ORDER, { id: orderId }, admin);
      return order.data?.order.status === 'COMPLETED' && order.data.order;
    }, 'the order completes by itself');
    expect(done.history.at(-1)).toMatchObject({ actor: 'SYSTEM' });
    expect(done.statusReason).toMatch(/автоматически/);
    const [sms] = await system.subgraphs.catalog.db.dataSource.query(
      `SELECT channel, body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1`,
      [contact.phone],
    );
    expect(sms).toMatchObject({ channel: 'SMS', body: expect.stringContaining('приняты автоматически') });
    const services = await system.query<{ personalAccount: { services: { identifier: string }[] } }>(
      `query ($id: ID!) { personalAccount(id: $id) { services { identifier } } }`,
      { id: a.accounts[1].id },
      admin,
    );
    // Quantity 2: two lines at the address.
    expect(
      services.data?.personalAccount.services.filter((s) => s.identifier === 'г. Москва, ул. Новая, д. 9'),
    ).toHaveLength(2);
  });

  it("shows each company its region's prices and charges a service its own region's fee", async () => {
    const FEE = '{ tariffs(filter: { kind: INTERNET }) { edges { node { code monthlyFee { amount } } } } }';
    const fees = async (token?: string) =>
      Object.fromEntries(
        (
          await system.query<{
            tariffs: { edges: { node: { code: string; monthlyFee: { amount: string } } }[] };
          }>(FEE, {}, token)
        ).data?.tariffs.edges.map((e) => [e.node.code, e.node.monthlyFee.amount]) ?? [],
      );
    expect(await fees()).toEqual({ 'NET-100': '2500.00', 'NET-500': '5900.00' }); // anonymous: base fees
    expect(await fees(admin)).toEqual({ 'NET-100': '2500.00', 'NET-500': '5900.00' }); // a Moscow company
    expect(await fees(adminB)).toEqual({ 'NET-100': '2200.00', 'NET-500': '5200.00' }); // a Kazan company
    const asked = await system.query(
      `{ tariff(id: "${tariffId('NET-100')}") { monthlyFee(region: NOVOSIBIRSK) { amount } regionalPrices { region monthlyFee { amount } } } }`,
    );
    expect(asked.data).toEqual({
      tariff: {
        monthlyFee: { amount: '1990.00' },
        regionalPrices: [
          { region: 'KAZAN', monthlyFee: { amount: '2200.00' } },
          { region: 'NOVOSIBIRSK', monthlyFee: { amount: '1990.00' } },
        ],
      },
    });

    clock.set(new Date('2030-05-20T09:00:00Z'));
    const orderId = await place(admin, a.accounts[0].id, [
      {
        ...internetAt('г. Казань, ул. Баумана, д. 1'),
        address: { region: 'KAZAN', line: 'г. Казань, ул. Баумана, д. 1' },
      },
    ]);
    await scheduled(admin, orderId);
    await advance(orderId, 'START_WORK');
    await advance(orderId, 'FINISH_WORK');
    expect((await system.query(CONFIRM, { i: { orderId } }, admin)).errors).toBeUndefined();
    const services = await system.query<{
      personalAccount: { services: { identifier: string; monthlyCost: { amount: string } }[] };
    }>(
      'query ($id: ID!) { personalAccount(id: $id) { services(filter: { kind: INTERNET }) { identifier monthlyCost { amount } } } }',
      { id: a.accounts[0].id },
      admin,
    );
    expect(
      services.data?.personalAccount.services.find((s) => s.identifier === 'г. Казань, ул. Баумана, д. 1')
        ?.monthlyCost,
    ).toEqual({ amount: '2200.00' });
  });

  it('gives one visit window to exactly one of two customers racing for it', async () => {
    clock.set(new Date('2030-06-03T09:00:00Z'));
    const ours = await place(admin, a.accounts[0].id, [internetAt('г. Москва, ул. Гонки, д. 1')]);
    const theirs = await place(adminB, b.accounts[0].id, [internetAt('г. Москва, ул. Гонки, д. 2')]);
    for (const id of [ours, theirs]) {
      await advance(id, 'START_FEASIBILITY_CHECK');
      await advance(id, 'ACCEPT');
    }
    const slotsOf = async (orderId: string, token: string) =>
      (await system.query<{ availableVisitSlots: Slot[] }>(SLOTS, { id: orderId }, token)).data
        ?.availableVisitSlots ?? [];
    const [slot] = await slotsOf(ours, admin);
    const [theirSlot] = await slotsOf(theirs, adminB);
    expect(theirSlot.id).toBe(slot.id); // the same window of the Moscow crew
    const results = await Promise.all([
      system.query(CHOOSE, { i: { orderId: ours, slotId: slot.id } }, admin),
      system.query(CHOOSE, { i: { orderId: theirs, slotId: slot.id } }, adminB),
    ]);
    const won = results.filter((r) => !r.errors);
    const lost = results.filter((r) => r.errors);
    expect(won).toHaveLength(1);
    expect(lost[0].errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'slotId', message: 'is taken' }],
    });
    const bookings = await system.subgraphs.catalog.db.dataSource.query(
      'SELECT order_id FROM visit_bookings WHERE order_id = ANY($1::uuid[])',
      [[ours, theirs]],
    );
    expect(bookings).toHaveLength(1);
    // The loser no longer sees the window.
    const loser = won[0] === results[0] ? { id: theirs, token: adminB } : { id: ours, token: admin };
    const left = await slotsOf(loser.id, loser.token);
    expect(left.length).toBeGreaterThan(0);
    expect(left.map((s) => s.id)).not.toContain(slot.id);
  });

  it("lists the company's orders newest first, paged and filtered, only on accounts the caller may see", async () => {
    const [first, second] = a.accounts;
    const older = await place(admin, first.id, [internetAt('г. Москва, ул. Листовая, д. 1')]);
    clock.advance(60_000);
    const newer = await place(admin, second.id, [internetAt('г. Москва, ул. Листовая, д. 2')]);
    await advance(newer, 'START_FEASIBILITY_CHECK');
    const ORDERS = `query ($company: ID!, $filter: OrderFilter, $first: Int, $after: String) {
      company(id: $company) { orders(filter: $filter, first: $first, after: $after) {
        edges { node { id status account { id } } } pageInfo { hasNextPage endCursor } } } }`;
    type Page = {
      edges: { node: { id: string; status: string; account: { id: string } } }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
    const orders = async (token: string, variables: Record<string, unknown>, company = a.id) => {
      const answer = await system.query<{ company: { orders: Page } }>(
        ORDERS,
        { company, ...variables },
        token,
      );
      if (answer.errors) return answer.errors;
      return answer.data?.company.orders as Page;
    };

    const all = ((await orders(admin, { first: 100 })) as Page).edges.map((e) => e.node.id);
    expect(all.indexOf(newer)).toBeGreaterThanOrEqual(0);
    expect(all.indexOf(newer)).toBeLessThan(all.indexOf(older));
    // Walking the pages two at a time gives the same list, each order once.
    const walked: string[] = [];
    let after: string | null = null;
    do {
      const page = (await orders(admin, { first: 2, after })) as Page;
      walked.push(...page.edges.map((e) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(walked).toEqual(all);

    const checking = (await orders(admin, { filter: { status: ['FEASIBILITY_CHECK'] } })) as Page;
    expect(checking.edges.map((e) => e.node.id)).toEqual([newer]);
    const onFirst = (await orders(admin, { filter: { accountId: first.id } })) as Page;
    expect(onFirst.edges.map((e) => e.node.id)).toContain(older);
    expect(onFirst.edges.every((e) => e.node.account.id === first.id)).toBe(true);

    // A viewer limited to the first account never sees the second's orders; the other company sees none of them.
    const limited = (
      await system.signToken({
        userId: randomUUID(),
        companyId: a.id,
        role: 'VIEWER',
        accountIds: [first.id],
      })
    ).token;
    const seen = ((await orders(limited, { first: 100 })) as Page).edges.map((e) => e.node.id);
    expect(seen).toContain(older);
    expect(seen).not.toContain(newer);
    const others = ((await orders(adminB, { first: 100 }, b.id)) as Page).edges.map((e) => e.node.id);
    expect(others).not.toContain(older);
    expect(others).not.toContain(newer);
    expect(await orders(adminB, {})).toMatchObject([{ extensions: { code: 'NOT_FOUND' } }]);

    expect(await orders(admin, { after: 'not-a-cursor' })).toMatchObject([
      { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] } },
    ]);
    expect(await orders(admin, { first: 101 })).toMatchObject([
      { extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] } },
    ]);
  });

  it('refuses bad orders naming each problem, writing nothing', async () => {
    const catalog = system.subgraphs.catalog.db.dataSource;
    const [{ count: before }] = await catalog.query('SELECT count(*)::int AS count FROM orders');
    const bad = await system.query(
      PLACE,
      {
        i: {
          accountId: a.accounts[0].id,
          contact: { name: ' ', phone: '89161234567' },
          items: [
            { tariffId: tariffId('NET-50-OLD'), address: { region: 'MOSCOW', line: 'x' } }, // retired
            { tariffId: tariffId('NET-500'), address: { region: 'NOVOSIBIRSK', line: 'x' } }, // not sold there
            internetAt('x', ['ANTIVIRUS', 'ANTIVIRUS']), // twice
            { ...internetAt('x', ['FIREWALL-PRO']) }, // not allowed on NET-100
            {
              ...internetAt('x'),
              tariffId: tariffId('NET-500'),
              options: [optionId('ANTIVIRUS'), optionId('FIREWALL-PRO')],
            }, // exclusive
            { ...internetAt('x'), options: ['00000000-0000-4000-8000-000000000000'] }, // unknown
            { ...internetAt(''), quantity: 0 },
          ],
        },
      },
      admin,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = (bad.errors?.[0].extensions?.fields ?? []) as { field: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(
      [
        'contact.name',
        'contact.phone',
        'items.0.tariffId',
        'items.1.address.region',
        'items.2.options',
        'items.3.options.0',
        'items.4.options.1',
        'items.5.options.0',
        'items.6.address.line',
        'items.6.quantity',
      ].sort(),
    );
    expect((await catalog.query('SELECT count(*)::int AS count FROM orders'))[0].count).toBe(before);

    const orderId = await place(admin, a.accounts[0].id, [internetAt('г. Москва, ул. Отказов, д. 1')]);
    await scheduled(admin, orderId);
    await advance(orderId, 'START_WORK');
    const lateCancel = await system.query(
      'mutation ($i: CancelOrderInput!) { cancelOrder(input: $i) { order { status } } }',
      { i: { orderId } },
      admin,
    ); // work has started
    expect(lateCancel.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'orderId' }],
    });
    const pastSlot = Buffer.from(JSON.stringify(['MOSCOW', '2020-01-01T06:00:00.000Z'])).toString(
      'base64url',
    );
    const other = await place(admin, a.accounts[0].id, [internetAt('г. Москва, ул. Отказов, д. 2')]);
    await advance(other, 'START_FEASIBILITY_CHECK');
    await advance(other, 'ACCEPT');
    for (const [slotId, message] of [
      [pastSlot, 'is in the past'],
      ['not-a-slot', 'is not a slot of this order'],
    ]) {
      const refused = await system.query(CHOOSE, { i: { orderId: other, slotId } }, admin);
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'slotId', message }],
      });
    }
    const CANCEL = 'mutation ($i: CancelOrderInput!) { cancelOrder(input: $i) { order { status } } }';
    const cancelled = await system.query(CANCEL, { i: { orderId: other, reason: 'Передумали' } }, admin);
    expect(cancelled.data).toEqual({ cancelOrder: { order: { status: 'CANCELLED' } } });

    const rejected = await place(admin, a.accounts[0].id, [internetAt('г. Москва, ул. Отказов, д. 3')]);
    await advance(rejected, 'START_FEASIBILITY_CHECK');
    const rejectWithoutReason = await system.query(
      ADVANCE,
      { i: { orderId: rejected, step: 'REJECT' } },
      operator,
    );
    expect(rejectWithoutReason.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason' }],
    });
    await advance(rejected, 'REJECT', 'Нет технической возможности по адресу');
    const afterRejection = await system.query(CANCEL, { i: { orderId: rejected } }, admin);
    expect(afterRejection.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');

    const viewer = (
      await system.signToken({ userId: stableId('user:a:viewer'), companyId: a.id, role: 'VIEWER' })
    ).token;
    const byViewer = await system.query(CONFIRM, { i: { orderId } }, viewer);
    expect(byViewer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });
});
