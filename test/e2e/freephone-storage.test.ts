import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const tariffId = (code: string) => stableId(`tariff:${code}`);

const NUMBERS = `query ($f: FreephoneNumberFilter, $after: String) { availableFreephoneNumbers(filter: $f, first: 5, after: $after) {
  edges { node { number category monthlyPrice { amount } } } pageInfo { hasNextPage endCursor } } }`;
const RESERVE =
  'mutation ($i: ReserveFreephoneNumberInput!) { reserveFreephoneNumber(input: $i) { number { number category } reservedUntil } }';
const ORDER_NUMBER = `mutation ($i: OrderFreephoneNumberInput!) { orderFreephoneNumber(input: $i) { service {
  id status identifier testPeriodEndsOn tariff { code } monthlyCost { amount } } } }`;
const CHOOSE =
  'mutation ($i: ChooseFreephoneTariffInput!) { chooseFreephoneTariff(input: $i) { service { tariff { code } testPeriodEndsOn } } }';
const SERVICE = `query ($id: ID!) { personalAccount(id: $id) { services(filter: { kind: FREEPHONE }) {
  id identifier status tariff { code } monthlyCost { amount } } } }`;

interface NumbersPage {
  availableFreephoneNumbers: {
    edges: { node: { number: string; category: string; monthlyPrice: { amount: string } } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string };
  };
}

describe('8-800 numbers and cloud storage, ordered and changed by the customer', () => {
  const clock = testClock(new Date('2030-03-02T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let adminB: string;
  const applicant = { fullName: 'Иванова Мария Сергеевна', phone: '+79160000002' };

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    adminB = await system.login(b.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  const numbers = async (filter: Record<string, unknown>, after: string | null = null) => {
    const page = await system.query<NumbersPage>(NUMBERS, { f: filter, after }, admin);
    expect(page.errors).toBeUndefined();
    return page.data?.availableFreephoneNumbers as NumbersPage['availableFreephoneNumbers'];
  };

  it('finds numbers by digits and category, page after page, each priced by its category', async () => {
    const platinum = await numbers({ category: 'PLATINUM' });
    expect(platinum.edges.length).toBe(5);
    for (const { node } of platinum.edges) {
      expect(new Set(node.number.slice(4)).size).toBeLessThanOrEqual(2);
      expect(node.monthlyPrice.amount).toBe('5000.00');
    }
    const another = await numbers({ category: 'PLATINUM' }, platinum.pageInfo.endCursor);
    expect(another.edges[0].node.number > platinum.edges[4].node.number).toBe(true);
    const sevens = await numbers({ pattern: '7777' });
    expect(sevens.edges.every((e) => e.node.number.slice(4).includes('7777'))).toBe(true);
    const bad = await system.query(NUMBERS, { f: { pattern: '8-800' } }, admin);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.pattern' }],
    });
  });

  it('gives a number two companies race for to exactly one; the other gets a coded error', async () => {
    const [{ node }] = (await numbers({ category: 'GOLD' })).edges;
    const results = await Promise.all([
      system.query(RESERVE, { i: { number: node.number } }, admin),
      system.query(RESERVE, { i: { number: node.number } }, adminB),
    ]);
    expect(results.filter((r) => !r.errors)).toHaveLength(1);
    expect(results.find((r) => r.errors)?.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'number', message: 'is taken' }],
    });
    // Held: gone from the list for everyone, for 15 minutes.
    expect((await numbers({ pattern: node.number.slice(4) })).edges).toEqual([]);
  });

  it('runs a 7-day test period: reminded the day before, a tariff chosen keeps the number, charged with its category', async () => {
    const [{ node }] = (await numbers({ category: 'SILVER' })).edges;
    const reserved = await system.query<{ reserveFreephoneNumber: { reservedUntil: string } }>(
      RESERVE,
      { i: { number: node.number } },
      admin,
    );
    expect(reserved.data?.reserveFreephoneNumber.reservedUntil).toBe('2030-03-02T09:15:00.000Z');
    const theirs = await system.query(
      ORDER_NUMBER,
      { i: { number: node.number, accountId: b.accounts[0].id, applicant } },
      adminB,
    );
    expect(theirs.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'number' }],
    });
    const ordered = await system.query<{ orderFreephoneNumber: { service: { id: string } } }>(
      ORDER_NUMBER,
      { i: { number: node.number, accountId: a.accounts[0].id, applicant } },
      admin,
    );
    expect(ordered.data?.orderFreephoneNumber.service).toMatchObject({
      status: 'ACTIVE',
      identifier: node.number,
      testPeriodEndsOn: '2030-03-08', // 7 days, the 2nd included
      tariff: { code: '8800-TEST' },
      monthlyCost: { amount: '0.00' },
    });
    const serviceId = ordered.data?.orderFreephoneNumber.service.id as string;

    clock.set(new Date('2030-03-07T06:00:00Z')); // the day before the last
    const messages = system.subgraphs.catalog.db.dataSource;
    await eventually(
      async () =>
        (
          await messages.query('SELECT body FROM outgoing_messages WHERE recipient = $1 AND body LIKE $2', [
            applicant.phone,
            `%${node.number}%`,
          ])
        ).length === 1,
      'the applicant is reminded',
    );
    // …and the company's users in the cabinet.
    const [note] = await eventually(async () => {
      const mine = await system.query<{
        me: { notifications: { edges: { node: { kind: string; body: string; serviceId: string } }[] } };
      }>('{ me { notifications(first: 10) { edges { node { kind body serviceId } } } } }', {}, admin);
      const found = mine.data?.me.notifications.edges.filter((e) => e.node.kind === 'TEST_PERIOD_ENDING');
      return found?.length ? found.map((e) => e.node) : null;
    }, 'the notification in the cabinet');
    const dialled = node.number.replace(/^(\d)(\d{3})(\d{3})(\d{2})(\d{2})$/, '$1-$2-$3-$4-$5');
    expect(note).toEqual({
      kind: 'TEST_PERIOD_ENDING',
      serviceId,
      body: `Тестовый период номера ${dialled} заканчивается 08.03.2030. Выберите тариф, иначе номер будет отключён.`,
    });
    const madeUp = await system.query(CHOOSE, { i: { serviceId, tariffId: 'not-a-tariff' } }, admin);
    expect(madeUp.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tariffId' }],
    });
    const chosen = await system.query(CHOOSE, { i: { serviceId, tariffId: tariffId('8800-PRO') } }, admin);
    expect(chosen.data).toEqual({
      chooseFreephoneTariff: { service: { tariff: { code: '8800-PRO' }, testPeriodEndsOn: null } },
    });
    const again = await system.query(CHOOSE, { i: { serviceId, tariffId: tariffId('8800-START') } }, admin);
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'serviceId' }],
    });

    clock.set(new Date('2030-03-10T09:00:00Z'));
    const listed = await system.query<{ personalAccount: { services: { id: string }[] } }>(
      SERVICE,
      { id: a.accounts[0].id },
      admin,
    );
    // 2,490.00 for 8-800 Бизнес and 800.00 for a SILVER number, the number still the company's after the period.
    expect(listed.data?.personalAccount.services.find((s) => s.id === serviceId)).toMatchObject({
      status: 'ACTIVE',
      monthlyCost: { amount: '3290.00' },
    });
    const billing = system.subgraphs.billing.db.dataSource;
    await eventually(
      async () =>
        (
          await billing.query(
            'SELECT monthly_fee_minor::text AS fee FROM service_terms WHERE service_id = $1 ORDER BY starts_at',
            [serviceId],
          )
        )
          .map((t: { fee: string }) => t.fee)
          .join() === '0,329000',
      'billing charges the tariff and the category from the choice on',
    );
  });

  it('releases a number whose test period ended without a tariff back to the pool', async () => {
    clock.set(new Date('2030-04-01T09:00:00Z'));
    const [{ node }] = (await numbers({ category: 'STANDARD' })).edges;
    await system.query(RESERVE, { i: { number: node.number } }, admin);
    const ordered = await system.query<{ orderFreephoneNumber: { service: { id: string } } }>(
      ORDER_NUMBER,
      { i: { number: node.number, accountId: a.accounts[0].id, applicant } },
      admin,
    );
    const serviceId = ordered.data?.orderFreephoneNumber.service.id as string;
    expect((await numbers({ pattern: node.number.slice(4) })).edges).toEqual([]);
    clock.set(new Date('2030-04-07T21:00:00Z')); // its last day, the 7th, is over in Moscow
    await eventually(
      async () => (await numbers({ pattern: node.number.slice(4) })).edges.length === 1,
      'the number is free again',
    );
    const services = await system.query<{ personalAccount: { services: { id: string; status: string }[] } }>(
      `query ($id: ID!) { personalAccount(id: $id) { services(filter: { status: TERMINATED }) { id status } } }`,
      { id: a.accounts[0].id },
      admin,
    );
    expect(services.data?.personalAccount.services.map((s) => s.id)).toContain(serviceId);
    // An expired reservation cannot be ordered.
    await system.query(RESERVE, { i: { number: node.number } }, admin);
    clock.set(new Date('2030-04-07T21:16:00Z'));
    const late = await system.query(
      ORDER_NUMBER,
      { i: { number: node.number, accountId: a.accounts[0].id, applicant } },
      admin,
    );
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'number', message: 'reservation expired' }],
    });
  });

  const STORAGE = `query ($id: ID!) { personalAccount(id: $id) { services(filter: { kind: CLOUD_STORAGE }) {
    id identifier quotaGb usedGb monthlyCost { amount } plannedChanges { kind effectiveOn quotaGb } } } }`;
  const RESIZE =
    'mutation ($i: ResizeCloudStorageInput!) { resizeCloudStorage(input: $i) { service { quotaGb } } }';
  interface Storage {
    id: string;
    identifier: string;
    quotaGb: number;
    monthlyCost: { amount: string };
  }
  const storage = async (name: string) =>
    (
      await system.query<{ personalAccount: { services: Storage[] } }>(
        STORAGE,
        { id: a.accounts[0].id },
        admin,
      )
    ).data?.personalAccount.services.find((s) => s.identifier === name) as Storage;

  it('quotes storage by tier, connects it, raises it at once (prorated) and lowers it from the next month', async () => {
    const quote = await system.query(
      '{ quoteCloudStorage(quotaGb: 150) { monthlyPrice { amount } lines { fromGb toGb gb pricePerGb { amount } amount { amount } } } }',
    );
    expect(quote.data).toEqual({
      quoteCloudStorage: {
        monthlyPrice: { amount: '2000.00' },
        lines: [
          { fromGb: 1, toGb: 100, gb: 100, pricePerGb: { amount: '15.00' }, amount: { amount: '1500.00' } },
          { fromGb: 101, toGb: 150, gb: 50, pricePerGb: { amount: '10.00' }, amount: { amount: '500.00' } },
        ],
      },
    });
    for (const quotaGb of [5, 20_000]) {
      const refused = await system.query('query ($q: Int!) { quoteCloudStorage(quotaGb: $q) { quotaGb } }', {
        q: quotaGb,
      });
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'quotaGb' }],
      });
    }
    const fractional = await system.query('query ($q: Int!) { quoteCloudStorage(quotaGb: $q) { quotaGb } }', {
      q: 10.5,
    });
    expect(fractional.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');

    clock.set(new Date('2030-05-01T09:00:00Z'));
    const ordered = await system.query(
      'mutation ($i: OrderCloudStorageInput!) { orderCloudStorage(input: $i) { service { id quotaGb monthlyCost { amount } } } }',
      { i: { accountId: a.accounts[0].id, name: 'Архив бухгалтерии', quotaGb: 150 } },
      admin,
    );
    expect(ordered.data).toMatchObject({
      orderCloudStorage: { service: { quotaGb: 150, monthlyCost: { amount: '2000.00' } } },
    });
    const { id } = await storage('Архив бухгалтерии');

    clock.set(new Date('2030-05-15T21:00:00Z')); // from the 16th
    const raised = await system.query(RESIZE, { i: { serviceId: id, quotaGb: 500 } }, admin);
    expect(raised.data).toEqual({ resizeCloudStorage: { service: { quotaGb: 500 } } });
    expect((await storage('Архив бухгалтерии')).monthlyCost.amount).toBe('5500.00'); // 1,500 + 400 × 10

    const operator = await system.login('operator', DEMO_PASSWORD);
    const USAGE =
      'mutation ($i: RecordStorageUsageInput!) { recordStorageUsage(input: $i) { service { usedGb } } }';
    const overQuota = await system.query(USAGE, { i: { serviceId: id, usedGb: 501 } }, operator);
    expect(overQuota.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'usedGb' }],
    });
    const used = await system.query(USAGE, { i: { serviceId: id, usedGb: 320 } }, operator); // the platform measured
    expect(used.data).toEqual({ recordStorageUsage: { service: { usedGb: 320 } } });
    const belowUsed = await system.query(RESIZE, { i: { serviceId: id, quotaGb: 300 } }, admin);
    expect(belowUsed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'quotaGb', message: 'must be at least the 320 GB in use' }],
    });
    const lowered = await system.query(RESIZE, { i: { serviceId: id, quotaGb: 400 } }, admin);
    expect(lowered.data).toEqual({ resizeCloudStorage: { service: { quotaGb: 500 } } }); // until the month ends
    expect(await storage('Архив бухгалтерии')).toMatchObject({
      quotaGb: 500,
      usedGb: 320,
      plannedChanges: [{ kind: 'QUOTA', effectiveOn: '2030-06-01', quotaGb: 400 }],
    });

    const billing = system.subgraphs.billing.db.dataSource;
    const fees = async () =>
      (
        await billing.query(
          'SELECT monthly_fee_minor::text AS fee, starts_at AS "startsAt" FROM service_terms WHERE service_id = $1 ORDER BY starts_at',
          [id],
        )
      ).map((t: { fee: string; startsAt: Date }) => [t.fee, t.startsAt.toISOString()]);
    await eventually(async () => (await fees()).length === 2, 'billing follows the raise');
    expect(await fees()).toEqual([
      ['200000', '2030-05-01T09:00:00.000Z'],
      ['550000', '2030-05-15T21:00:00.000Z'],
    ]);

    clock.set(new Date('2030-05-31T21:00:00Z')); // the 1st of June in Moscow
    await eventually(
      async () => (await storage('Архив бухгалтерии')).quotaGb === 400,
      'the smaller quota applies',
    );
    expect((await storage('Архив бухгалтерии')).monthlyCost.amount).toBe('4500.00');
    await eventually(async () => (await fees()).length === 3, 'billing follows the lowering');
    expect((await fees())[2]).toEqual(['450000', '2030-05-31T21:00:00.000Z']);
  });
});
