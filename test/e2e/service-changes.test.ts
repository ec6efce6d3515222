import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const [account] = a.accounts;
const [telephony, internet] = account.services; // TEL-BASIC and NET-100 (demo.ts: every account's first two)
const tariff = (code: string) => plan.tariffs.find((t) => t.code === code) as (typeof plan.tariffs)[number];

const CHANGE = `mutation ($i: ChangeTariffInput!) { changeTariff(input: $i) { service { id status tariff { code } } } }`;
const TERMINATE = `mutation ($i: TerminateServiceInput!) { terminateService(input: $i) { service { id status } } }`;

describe('customers change their services themselves, and billing charges what they did', () => {
  const clock = testClock(new Date('2030-03-01T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('moves the internet to a faster tariff from the 16th and disconnects the telephony on the 21st', async () => {
    clock.set(new Date('2030-03-15T21:00:00Z')); // midnight of the 16th in Moscow
    const changed = await system.query(
      CHANGE,
      { i: { serviceId: internet.id, tariffId: tariff('NET-500').id } },
      admin,
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data).toEqual({
      changeTariff: { service: { id: internet.id, status: 'ACTIVE', tariff: { code: 'NET-500' } } },
    });

    clock.set(new Date('2030-03-21T09:00:00Z'));
    const ended = await system.query(TERMINATE, { i: { serviceId: telephony.id } }, admin);
    expect(ended.data).toEqual({ terminateService: { service: { id: telephony.id, status: 'TERMINATED' } } });
    const listed = await system.query<{ personalAccount: { services: { id: string }[] } }>(
      `{ personalAccount(id: "${account.id}") { services { id } } }`,
      {},
      admin,
    );
    expect(listed.data?.personalAccount.services.map((s) => s.id)).not.toContain(telephony.id);

    const billing = system.subgraphs.billing.db.dataSource;
    await eventually(
      async () =>
        (await billing.query('SELECT 1 FROM service_terms WHERE service_id = $1', [internet.id])).length ===
          2 &&
        (
          await billing.query('SELECT 1 FROM service_terms WHERE service_id = $1 AND ends_at IS NOT NULL', [
            telephony.id,
          ])
        ).length === 1,
      "billing has followed the services' changes",
    );

    clock.set(new Date('2030-04-01T06:00:00Z'));
    const run = await system.query(
      `mutation { runBilling(input: { month: "2030-03" }) { accountsBilled } }`,
      {},
      operator,
    );
    expect(run.errors).toBeUndefined();
    const invoices = await system.query<{
      personalAccount: {
        invoices: {
          edges: {
            node: { lines: { service: { id: string }; days: number; amount: { amount: string } }[] };
          }[];
        };
      };
    }>(
      `{ personalAccount(id: "${account.id}") { invoices(first: 1) { edges { node {
         lines { service { id } days amount { amount } } } } } } }`,
      {},
      admin,
    );
    const fee = (code: string, days: number) =>
      (Math.floor((tariff(code).monthlyFeeMinor * days * 2 + 31) / 62) / 100).toFixed(2);
    expect(
      invoices.data?.personalAccount.invoices.edges[0].node.lines.map((l) => [
        l.service.id,
        l.days,
        l.amount.amount,
      ]),
    ).toEqual(
      expect.arrayContaining([
        [internet.id, 15, fee('NET-100', 15)],
        [internet.id, 16, fee('NET-500', 16)],
        [telephony.id, 20, fee('TEL-BASIC', 20)], // the 1st to the 20th; the 21st is not charged
      ]),
    );
  });

  it('refuses what cannot change, naming why, and changes nothing', async () => {
    const disconnected = await system.query(
      CHANGE,
      { i: { serviceId: telephony.id, tariffId: tariff('TEL-PRO').id } },
      admin,
    );
    expect(disconnected.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'serviceId' }],
    });
    const twice = await system.query(TERMINATE, { i: { serviceId: telephony.id } }, admin);
    expect(twice.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    const otherKind = await system.query(
      CHANGE,
      { i: { serviceId: internet.id, tariffId: tariff('TEL-PRO').id } },
      admin,
    );
    expect(otherKind.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tariffId' }],
    });
    const same = await system.query(
      CHANGE,
      { i: { serviceId: internet.id, tariffId: tariff('NET-500').id } },
      admin,
    );
    expect(same.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tariffId' }],
    });
    const unknown = await system.query(
      CHANGE,
      { i: { serviceId: internet.id, tariffId: '00000000-0000-4000-8000-000000000000' } },
      admin,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tariffId' }],
    });

    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const foreign = await system.query(
      CHANGE,
      { i: { serviceId: internet.id, tariffId: tariff('NET-100').id } },
      other,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const foreignEnd = await system.query(TERMINATE, { i: { serviceId: internet.id } }, other);
    expect(foreignEnd.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const still = await system.query<{
      personalAccount: { services: { id: string; status: string; tariff: { code: string } }[] };
    }>(`{ personalAccount(id: "${account.id}") { services { id status tariff { code } } } }`, {}, admin);
    expect(still.data?.personalAccount.services.find((s) => s.id === internet.id)).toEqual({
      id: internet.id,
      status: 'ACTIVE',
      tariff: { code: 'NET-500' },
    });
  });

  it('freezes a service for some days: not charged while frozen, working again by itself on its day', async () => {
    const [, second] = a.accounts;
    const frozenInternet = second.services[1]; // NET-500
    const SUSPEND = `mutation ($i: SuspendServiceInput!) { suspendService(input: $i) { service { id status } } }`;
    const RESUME = `mutation ($i: ResumeServiceInput!) { resumeService(input: $i) { service { id status } } }`;
    clock.set(new Date('2030-04-10T09:00:00Z'));
    const tooLong = await system.query(
      SUSPEND,
      { i: { serviceId: frozenInternet.id, resumeOn: '2030-07-10' } },
      admin,
    );
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'resumeOn' }],
    });
    const past = await system.query(
      SUSPEND,
      { i: { serviceId: frozenInternet.id, resumeOn: '2030-04-10' } },
      admin,
    );
    expect(past.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'resumeOn' }],
    });
    const notFrozen = await system.query(RESUME, { i: { serviceId: frozenInternet.id } }, admin);
    expect(notFrozen.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');

    const frozen = await system.query(
      SUSPEND,
      { i: { serviceId: frozenInternet.id, resumeOn: '2030-04-20' } },
      admin,
    );
    expect(frozen.data).toEqual({
      suspendService: { service: { id: frozenInternet.id, status: 'SUSPENDED' } },
    });
    const again = await system.query(
      SUSPEND,
      { i: { serviceId: frozenInternet.id, resumeOn: '2030-04-25' } },
      admin,
    );
    expect(again.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');

    const status = async () =>
      (
        await system.query<{ personalAccount: { services: { id: string; status: string }[] } }>(
          `{ personalAccount(id: "${second.id}") { services { id status } } }`,
          {},
          admin,
        )
      ).data?.personalAccount.services.find((s) => s.id === frozenInternet.id)?.status;
    clock.set(new Date('2030-04-19T21:30:00Z')); // half past midnight of the 20th in Moscow
    await eventually(async () => (await status()) === 'ACTIVE', 'the freeze ended on its day');

    const billing = system.subgraphs.billing.db.dataSource;
    await eventually(
      async () =>
        (
          await billing.query('SELECT 1 FROM service_terms WHERE service_id = $1 AND starts_at >= $2', [
            frozenInternet.id,
            '2030-04-01',
          ])
        ).length === 1,
      'billing has followed the freeze and its end',
    );
    clock.set(new Date('2030-05-01T06:00:00Z'));
    await system.query(
      `mutation { runBilling(input: { month: "2030-04" }) { accountsBilled } }`,
      {},
      operator,
    );
    const lines = await system.query<{
      personalAccount: {
        invoices: { edges: { node: { lines: { service: { id: string }; days: number }[] } }[] };
      };
    }>(
      `{ personalAccount(id: "${second.id}") { invoices(first: 1) { edges { node { lines { service { id } days } } } } } }`,
      {},
      admin,
    );
    const internetDays = lines.data?.personalAccount.invoices.edges[0].node.lines
      .filter((l) => l.service.id === frozenInternet.id)
      .map((l) => l.days)
      .sort((x, y) => x - y);
    expect(internetDays).toEqual([9, 11]); // the 1st to the 9th, and the 20th to the 30th
  });

  it('keeps a service whose freeze ends while the account is over its credit limit suspended, until paid', async () => {
    const [theirAccount] = b.accounts;
    const [theirPhone, theirInternet] = theirAccount.services;
    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const status = async (serviceId: string) =>
      (
        await system.query<{ personalAccount: { services: { id: string; status: string }[] } }>(
          `{ personalAccount(id: "${theirAccount.id}") { services { id status } } }`,
          {},
          other,
        )
      ).data?.personalAccount.services.find((s) => s.id === serviceId)?.status;
    const post = (kind: string, key: string) =>
      system.query(
        'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }',
        {
          i: {
            accountId: theirAccount.id,
            kind,
            amount: '1000000.00',
            description: 'Проверка',
            idempotencyKey: key,
          },
        },
        operator,
      );
    clock.set(new Date('2030-06-05T09:00:00Z'));
    const frozen = await system.query(
      `mutation ($i: SuspendServiceInput!) { suspendService(input: $i) { service { status } } }`,
      { i: { serviceId: theirInternet.id, resumeOn: '2030-06-10' } },
      other,
    );
    expect(frozen.errors).toBeUndefined();
    expect((await post('CHARGE', 'over-the-limit')).errors).toBeUndefined();
    await eventually(async () => (await status(theirPhone.id)) === 'SUSPENDED', 'suspended for the debt');

    clock.set(new Date('2030-06-09T21:30:00Z')); // the 10th in Moscow: the freeze ends
    const catalogDb = system.subgraphs.catalog.db.dataSource;
    await eventually(
      async () =>
        (
          await catalogDb.query(
            'SELECT 1 FROM service_freezes WHERE service_id = $1 AND ended_at IS NOT NULL',
            [theirInternet.id],
          )
        ).length === 1,
      'the freeze ended',
    );
    expect(await status(theirInternet.id)).toBe('SUSPENDED');

    expect((await post('PAYMENT', 'debt-paid')).errors).toBeUndefined();
    await eventually(
      async () => (await status(theirInternet.id)) === 'ACTIVE' && (await status(theirPhone.id)) === 'ACTIVE',
      'both work again once the debt is paid',
    );
  });
});
