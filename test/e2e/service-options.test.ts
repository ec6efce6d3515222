import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a] = plan.companies;
const [first, second] = a.accounts;
const [telephony, internet] = first.services; // TEL-BASIC and NET-100 (demo.ts: every account's first two)
const [secondPhone, secondInternet] = second.services; // TEL-PRO and NET-500
const tariffId = (code: string) => stableId(`tariff:${code}`);
const optionId = (code: string) => stableId(`option:${code}`);

const CONNECT =
  'mutation ($i: ServiceOptionInput!) { connectOption(input: $i) { service { options { code } monthlyCost { amount } } } }';
const DISCONNECT =
  'mutation ($i: ServiceOptionInput!) { disconnectOption(input: $i) { service { options { code } monthlyCost { amount } } } }';
const SERVICE = `query ($id: ID!) { personalAccount(id: $id) { services(filter: { status: null }) { id status
  tariff { code } options { code } monthlyCost { amount } plannedChanges { kind effectiveOn tariff { code } } } } }`;

interface ServiceView {
  id: string;
  status: string;
  tariff: { code: string };
  options: { code: string }[];
  monthlyCost: { amount: string };
  plannedChanges: { kind: string; effectiveOn: string; tariff: { code: string } | null }[];
}

describe('options, changes planned for a later day, the "by service type" view and the catalog staff keep', () => {
  const clock = testClock(new Date('2030-03-10T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  const service = async (accountId: string, id: string) =>
    (
      await system.query<{ personalAccount: { services: ServiceView[] } }>(SERVICE, { id: accountId }, admin)
    ).data?.personalAccount.services.find((s) => s.id === id) as ServiceView;
  const billing = () => system.subgraphs.billing.db.dataSource;
  const terms = async (serviceId: string) =>
    (
      await billing().query(
        'SELECT monthly_fee_minor::text AS fee, starts_at AS "startsAt", ends_at AS "endsAt" FROM service_terms WHERE service_id = $1 ORDER BY starts_at',
        [serviceId],
      )
    ).map((t: { fee: string; startsAt: Date; endsAt: Date | null }) => [
      t.fee,
      t.startsAt.toISOString(),
      t.endsAt?.toISOString() ?? null,
    ]);

  it('connects options the tariff allows from now, refusing those it does not or that exclude each other', async () => {
    clock.set(new Date('2030-03-09T21:00:00Z')); // from the 10th in Moscow
    const ip = await system.query(
      CONNECT,
      { i: { serviceId: secondInternet.id, optionId: optionId('STATIC-IP') } },
      admin,
    );
    expect(ip.data).toEqual({
      connectOption: { service: { options: [{ code: 'STATIC-IP' }], monthlyCost: { amount: '6100.00' } } },
    });
    const antivirus = await system.query(
      CONNECT,
      { i: { serviceId: secondInternet.id, optionId: optionId('ANTIVIRUS') } },
      admin,
    );
    expect(antivirus.errors).toBeUndefined();
    for (const [option, message] of [
      ['FIREWALL-PRO', 'cannot be combined with Антивирус на шлюзе'],
      ['ANTIVIRUS', 'is connected already'],
      ['CALL-RECORDING', "is not allowed on the service's tariff"],
    ]) {
      const refused = await system.query(
        CONNECT,
        { i: { serviceId: secondInternet.id, optionId: optionId(option) } },
        admin,
      );
      expect(refused.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'optionId', message }],
      });
    }
    const accountant = (
      await system.signToken({ userId: stableId('user:a:accountant'), companyId: a.id, role: 'ACCOUNTANT' })
    ).token;
    const accountantConnects = await system.query(
      CONNECT,
      { i: { serviceId: secondInternet.id, optionId: optionId('FIREWALL-PRO') } },
      accountant,
    );
    expect(accountantConnects.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    clock.set(new Date('2030-03-19T21:00:00Z')); // from the 20th
    const dropped = await system.query(
      DISCONNECT,
      { i: { serviceId: secondInternet.id, optionId: optionId('ANTIVIRUS') } },
      accountant,
    );
    expect(dropped.data).toEqual({
      disconnectOption: { service: { options: [{ code: 'STATIC-IP' }], monthlyCost: { amount: '6100.00' } } },
    });
    // A tariff without the option the service has is refused until it is dropped.
    const downgrade = await system.query(
      'mutation ($i: ChangeTariffInput!) { changeTariff(input: $i) { service { id } } }',
      { i: { serviceId: secondInternet.id, tariffId: tariffId('NET-100') } },
      admin,
    );
    expect(downgrade.errors).toBeUndefined(); // NET-100 allows STATIC-IP

    await eventually(
      async () => (await terms(secondInternet.id)).at(-1)?.[0] === '270000',
      'billing follows every change',
    );
    // Changes at one instant leave no zero-day term behind: the IP and the antivirus from the 10th, then NET-100
    // with the IP from the 20th.
    expect((await terms(secondInternet.id)).slice(1)).toEqual([
      ['625000', '2030-03-09T21:00:00.000Z', '2030-03-19T21:00:00.000Z'],
      ['270000', '2030-03-19T21:00:00.000Z', null],
    ]);
  });

  it('moves a tariff from the next month and disconnects on a notice date, working until then', async () => {
    clock.set(new Date('2030-04-10T09:00:00Z'));
    const planned = await system.query(
      'mutation ($i: ChangeTariffInput!) { changeTariff(input: $i) { service { tariff { code } plannedChanges { kind effectiveOn tariff { code } } } } }',
      { i: { serviceId: internet.id, tariffId: tariffId('NET-500'), effective: 'NEXT_PERIOD' } },
      admin,
    );
    expect(planned.errors).toBeUndefined();
    expect(await service(first.id, internet.id)).toMatchObject({
      tariff: { code: 'NET-100' },
      plannedChanges: [{ kind: 'TARIFF', effectiveOn: '2030-05-01', tariff: { code: 'NET-500' } }],
    });
    const noticed = await system.query(
      'mutation ($i: TerminateServiceInput!) { terminateService(input: $i) { service { status } } }',
      { i: { serviceId: telephony.id, on: '2030-05-15' } },
      admin,
    );
    expect(noticed.data).toEqual({ terminateService: { service: { status: 'PENDING_TERMINATE' } } });
    const badDay = await system.query(
      'mutation ($i: TerminateServiceInput!) { terminateService(input: $i) { service { status } } }',
      { i: { serviceId: secondPhone.id, on: '2030-04-01' } },
      admin,
    );
    expect(badDay.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'on' }],
    });

    clock.set(new Date('2030-04-30T21:00:00Z')); // 1 May in Moscow
    await eventually(
      async () => (await service(first.id, internet.id)).tariff.code === 'NET-500',
      'the tariff changes on the 1st',
    );
    expect((await service(first.id, internet.id)).plannedChanges).toEqual([]);
    expect((await service(first.id, telephony.id)).status).toBe('PENDING_TERMINATE');
    clock.set(new Date('2030-05-14T21:00:00Z')); // 15 May in Moscow
    await eventually(
      async () =>
        (
          await system.query<{ personalAccount: { services: { id: string }[] } }>(
            'query ($id: ID!) { personalAccount(id: $id) { services(filter: { status: TERMINATED }) { id } } }',
            { id: first.id },
            admin,
          )
        ).data?.personalAccount.services.some((s) => s.id === telephony.id),
      'disconnected on its day',
    );
    await eventually(
      async () => (await terms(telephony.id)).at(-1)?.[2] === '2030-05-14T21:00:00.000Z',
      'billing charges the telephony up to the 14th',
    );
    await eventually(
      async () =>
        (await terms(internet.id)).at(-1)?.[0] === '590000' &&
        (await terms(internet.id)).at(-1)?.[1] === '2030-04-30T21:00:00.000Z',
      'billing charges NET-500 from 1 May',
    );
  });

  it('keeps a planned disconnection and a planned tariff through a suspension for debt', async () => {
    clock.set(new Date('2030-05-20T09:00:00Z'));
    const planTariff = await system.query(
      'mutation ($i: ChangeTariffInput!) { changeTariff(input: $i) { service { id } } }',
      { i: { serviceId: secondPhone.id, tariffId: tariffId('TEL-BASIC'), effective: 'NEXT_PERIOD' } },
      admin,
    );
    expect(planTariff.errors).toBeUndefined();
    const notice = await system.query(
      'mutation ($i: TerminateServiceInput!) { terminateService(input: $i) { service { status } } }',
      { i: { serviceId: secondPhone.id, on: '2030-06-20' } },
      admin,
    );
    expect(notice.data).toEqual({ terminateService: { service: { status: 'PENDING_TERMINATE' } } });

    const post = (kind: string, amount: string, key: string) =>
      system.query(
        'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }',
        { i: { accountId: second.id, kind, amount, description: kind, idempotencyKey: key } },
        operator,
      );
    await system.query(
      'mutation ($i: SetCreditLimitInput!) { setCreditLimit(input: $i) { creditLimit { amount } } }',
      { i: { accountId: second.id, amount: '100.00' } },
      operator,
    );
    expect((await post('CHARGE', '900000.00', 'debt-charge-1')).errors).toBeUndefined();
    await eventually(
      async () => (await service(second.id, secondPhone.id)).status === 'SUSPENDED',
      'suspended for the debt',
    );
    clock.set(new Date('2030-05-31T21:00:00Z')); // 1 June: the planned tariff applies, suspended as it is
    await eventually(
      async () => (await service(second.id, secondPhone.id)).tariff.code === 'TEL-BASIC',
      'the tariff changes on the 1st',
    );
    const open = await billing().query(
      'SELECT 1 FROM service_terms WHERE service_id = $1 AND ends_at IS NULL',
      [secondPhone.id],
    );
    expect(open).toEqual([]); // not billed while suspended, whatever its tariff
    expect((await post('PAYMENT', '900000.00', 'debt-payment-1')).errors).toBeUndefined();
    await eventually(
      async () => (await service(second.id, secondPhone.id)).status === 'PENDING_TERMINATE',
      'working again, still to be disconnected on its day',
    );
    await eventually(
      async () => (await terms(secondPhone.id)).at(-1)?.[0] === '45000',
      'billed again, at the new tariff',
    );
  });

  it('shows the company its services by kind, with what each kind costs a month', async () => {
    const byKind = await system.query<{
      company: {
        services: {
          kind: string;
          count: number;
          monthlyCost: { amount: string };
          services: { id: string }[];
        }[];
      };
    }>(
      `query ($id: ID!) { company(id: $id) { services { kind count monthlyCost { amount } services { id } } } }`,
      { id: a.id },
      admin,
    );
    expect(byKind.errors).toBeUndefined();
    const kinds = Object.fromEntries(byKind.data?.company.services.map((k) => [k.kind, k]) ?? []);
    expect(Object.keys(kinds).sort()).toEqual(['FREEPHONE', 'INTERNET', 'TELEPHONY']);
    expect(kinds.TELEPHONY).toMatchObject({ count: 1, monthlyCost: { amount: '450.00' } }); // the first disconnected
    expect(kinds.INTERNET).toMatchObject({ count: 2, monthlyCost: { amount: '8600.00' } }); // NET-500, NET-100 + IP
    const foreign = await system.query(
      `query ($id: ID!) { company(id: $id) { services { kind } } }`,
      { id: plan.companies[1].id },
      admin,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('lets staff add an offering as a draft, launch it for sale and retire it, existing services keeping it', async () => {
    const created = await system.query<{ createTariff: { tariff: { id: string; status: string } } }>(
      `mutation ($i: CreateTariffInput!) { createTariff(input: $i) { tariff { id status setupFee { amount } regions } } }`,
      {
        i: {
          code: 'NET-1000',
          name: 'Интернет 1 Гбит/с',
          description: 'Гигабит до офиса',
          kind: 'INTERNET',
          monthlyFee: '9900.00',
          setupFee: '5000.00',
          regions: ['MOSCOW'],
        },
      },
      operator,
    );
    expect(created.data?.createTariff.tariff).toMatchObject({
      status: 'DRAFT',
      setupFee: { amount: '5000.00' },
      regions: ['MOSCOW'],
    });
    const id = created.data?.createTariff.tariff.id as string;
    const dup = await system.query(
      `mutation { createTariff(input: { code: "NET-1000", name: "x", description: "", kind: INTERNET, monthlyFee: "1.00", setupFee: "-1.00", regions: [] }) { tariff { id } } }`,
      {},
      operator,
    );
    const fields = (dup.errors?.[0].extensions?.fields ?? []) as { field: string }[];
    expect(fields.map((f) => f.field).sort()).toEqual(['regions', 'setupFee']);
    const publicCodes = async () =>
      (
        await system.query<{ tariffs: { edges: { node: { code: string } }[] } }>(
          '{ tariffs(filter: { kind: INTERNET }) { edges { node { code } } } }',
        )
      ).data?.tariffs.edges.map((e) => e.node.code);
    expect(await publicCodes()).not.toContain('NET-1000');
    expect((await system.query(`{ tariff(id: "${id}") { code } }`, {}, admin)).data).toEqual({
      tariff: null,
    });

    await system.query(
      `mutation { launchTariff(input: { tariffId: "${id}" }) { tariff { status } } }`,
      {},
      operator,
    );
    expect(await publicCodes()).toContain('NET-1000');
    const CHANGE =
      'mutation ($i: ChangeTariffInput!) { changeTariff(input: $i) { service { tariff { code } } } }';
    const withIp = await system.query(CHANGE, { i: { serviceId: secondInternet.id, tariffId: id } }, admin);
    expect(withIp.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'tariffId', message: 'does not allow Статический IP-адрес; disconnect first' }],
    });
    await system.query(
      DISCONNECT,
      { i: { serviceId: secondInternet.id, optionId: optionId('STATIC-IP') } },
      admin,
    );
    const moved = await system.query(CHANGE, { i: { serviceId: secondInternet.id, tariffId: id } }, admin);
    expect(moved.errors).toBeUndefined();
    const retired = await system.query(
      `mutation { retireTariff(input: { tariffId: "${id}" }) { tariff { status } } }`,
      {},
      operator,
    );
    expect(retired.data).toEqual({ retireTariff: { tariff: { status: 'RETIRED' } } });
    const twice = await system.query(
      `mutation { retireTariff(input: { tariffId: "${id}" }) { tariff { status } } }`,
      {},
      operator,
    );
    expect(twice.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect(await publicCodes()).not.toContain('NET-1000');
    expect((await service(second.id, secondInternet.id)).tariff.code).toBe('NET-1000');
    const ordered = await system.query(
      `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { order { id } } }`,
      {
        i: {
          accountId: second.id,
          items: [{ tariffId: id, address: { region: 'MOSCOW', line: 'x' } }],
          contact: { name: 'Иванова', phone: '+79160000003' },
        },
      },
      admin,
    );
    expect(ordered.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'items.0.tariffId', message: 'is retired: no longer sold' }],
    });

    // An offering sold for a season: listed and orderable only within its dates.
    const seasonal = await system.query<{ createTariff: { tariff: { id: string } } }>(
      `mutation ($i: CreateTariffInput!) { createTariff(input: $i) { tariff { id validFrom validTo } } }`,
      {
        i: {
          code: 'NET-SUMMER',
          name: 'Интернет Летний',
          description: 'Только летом',
          kind: 'INTERNET',
          monthlyFee: '1500.00',
          setupFee: '0',
          regions: ['MOSCOW'],
          validFrom: '2030-07-01',
          validTo: '2030-08-31',
        },
      },
      operator,
    );
    const summer = seasonal.data?.createTariff.tariff.id as string;
    await system.query(
      `mutation { launchTariff(input: { tariffId: "${summer}" }) { tariff { status } } }`,
      {},
      operator,
    );
    expect(await publicCodes()).not.toContain('NET-SUMMER'); // June
    const early = await system.query(
      `mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { order { id } } }`,
      {
        i: {
          accountId: second.id,
          items: [{ tariffId: summer, address: { region: 'MOSCOW', line: 'x' } }],
          contact: { name: 'Иванова', phone: '+79160000003' },
        },
      },
      admin,
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      fields: [{ field: 'items.0.tariffId', message: 'is not sold on this date' }],
    });
    clock.set(new Date('2030-07-01T06:00:00Z'));
    expect(await publicCodes()).toContain('NET-SUMMER');
  });
});
