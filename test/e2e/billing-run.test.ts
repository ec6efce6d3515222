import { randomUUID } from 'node:crypto';
import {
  INVOICE_ISSUED,
  SERVICE_ACTIVATED,
  SERVICE_TARIFF_CHANGED,
  SERVICE_TERMINATED,
} from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { companyStream, publishMany } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { payByCard } from '../src/payments';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const [account] = a.accounts;
const tariff = (code: string) => plan.tariffs.find((t) => t.code === code) as (typeof plan.tariffs)[number];
const [telephony, internet] = account.services; // TEL-BASIC and NET-100 (demo.ts: every account's first two)

const INVOICES = `query ($id: ID!) { personalAccount(id: $id) { invoices(first: 5) { edges { node {
  id number month dueDate state total { amount } amountDue { amount }
  lines { description serviceKind days amount { amount } service { id } }
  usage(first: 10) { edges { node { kind numberCalled durationSeconds cost { amount } } } }
} } } } }`;

interface Invoice {
  id: string;
  number: string;
  month: string;
  dueDate: string;
  state: string;
  total: { amount: string };
  amountDue: { amount: string };
  lines: {
    description: string;
    serviceKind: string;
    days: number | null;
    amount: { amount: string };
    service: { id: string };
  }[];
  usage: {
    edges: {
      node: { kind: string; numberCalled: string; durationSeconds: number; cost: { amount: string } };
    }[];
  };
}

describe('the monthly billing run, through the gateway', () => {
  const clock = testClock(new Date('2030-03-05T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  const newService = randomUUID();

  const invoices = async (token = admin) =>
    system.query<{ personalAccount: { invoices: { edges: { node: Invoice }[] } } }>(
      INVOICES,
      { id: account.id },
      token,
    );
  const march = async () =>
    (await invoices()).data?.personalAccount.invoices.edges
      .map((e) => e.node)
      .find((i) => i.month === '2030-03');
  const recordUsage = (records: Record<string, unknown>[]) =>
    system.query<{ recordUsage: { recorded: number; duplicates: number } }>(
      `mutation ($i: RecordUsageInput!) { recordUsage(input: $i) { recorded duplicates } }`,
      { i: { records } },
      operator,
    );

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('follows catalog: a service connected on the 10th and cut off on the 20th, and a tariff changed mid-month', async () => {
    // What catalog publishes as services change (the order workflow that connects them is catalog's to build).
    const lifecycle = (type: string, payload: Record<string, unknown>) => ({
      stream: companyStream(a.id),
      type,
      companyId: a.id,
      payload: { accountId: account.id, companyId: a.id, ...payload },
    });
    const cloud = tariff('CLOUD-1TB');
    const faster = tariff('NET-500');
    await system.subgraphs.catalog.db.dataSource.transaction((tx) =>
      publishMany(tx, [
        lifecycle(SERVICE_ACTIVATED, {
          serviceId: newService,
          at: '2030-03-10T10:00:00.000Z',
          tariffId: cloud.id,
          tariffCode: cloud.code,
          tariffName: cloud.name,
          serviceKind: cloud.kind,
          monthlyFeeMinor: String(cloud.monthlyFeeMinor),
          setupFeeMinor: '50000',
        }),
        lifecycle(SERVICE_TERMINATED, { serviceId: newService, at: '2030-03-20T10:00:00.000Z' }),
        // From the 16th (Moscow midnight) the internet runs at 500 Mbit/s.
        lifecycle(SERVICE_TARIFF_CHANGED, {
          serviceId: internet.id,
          at: '2030-03-15T21:00:00.000Z',
          tariffId: faster.id,
          tariffCode: faster.code,
          tariffName: faster.name,
          serviceKind: faster.kind,
          monthlyFeeMinor: String(faster.monthlyFeeMinor),
        }),
      ]),
    );
    const billing = system.subgraphs.billing.db.dataSource;
    await eventually(
      async () =>
        (
          await billing.query(`SELECT 1 FROM service_terms WHERE service_id = $1 AND ends_at IS NOT NULL`, [
            newService,
          ])
        ).length === 1 &&
        (await billing.query(`SELECT 1 FROM service_terms WHERE service_id = $1`, [internet.id])).length ===
          2,
      'billing has followed the lifecycle events',
    );
  });

  it('records calls from the network once, and refuses bad records naming the field', async () => {
    clock.set(new Date('2030-03-25T09:00:00Z'));
    const call = (externalId: string, seconds: number, cost: string) => ({
      serviceId: telephony.id,
      externalId,
      kind: 'CALL',
      occurredAt: '2030-03-12T08:15:00.000Z',
      numberCalled: '+74951234567',
      durationSeconds: seconds,
      cost,
    });
    const first = await recordUsage([call('cdr-1', 300, '12.00'), call('cdr-2', 65, '3.50')]);
    expect(first.data?.recordUsage).toEqual({ recorded: 2, duplicates: 0 });
    const again = await recordUsage([call('cdr-2', 65, '3.50')]);
    expect(again.data?.recordUsage).toEqual({ recorded: 0, duplicates: 1 });

    const bad = await recordUsage([
      { ...call('cdr-3', 10, '1.00'), occurredAt: '2030-04-01T00:00:00.000Z' },
      { ...call('cdr-4', 10, '1.00'), numberCalled: null },
      { ...call('cdr-5', 10, '-1.00') },
      { ...call('cdr-6', 10, '1.00'), serviceId: randomUUID() },
    ]);
    expect(bad.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: expect.arrayContaining([
        expect.objectContaining({ field: 'input.records.0.occurredAt' }),
        expect.objectContaining({ field: 'input.records.1.numberCalled' }),
        expect.objectContaining({ field: 'input.records.2.cost' }),
      ]),
    });
    const unknown = await recordUsage([{ ...call('cdr-6', 10, '1.00'), serviceId: randomUUID() }]);
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.records.0.serviceId' }],
    });
    const asAdmin = await system.query(
      `mutation ($i: RecordUsageInput!) { recordUsage(input: $i) { recorded } }`,
      { i: { records: [call('cdr-7', 10, '1.00')] } },
      admin,
    );
    expect(asAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('bills the month once it is over: prorated fees, the setup fee and the usage, on one invoice', async () => {
    const early = await system.query(
      `mutation { runBilling(input: { month: "2030-03" }) { accountsBilled } }`,
      {},
      operator,
    );
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'month' }],
    });
    const asAdmin = await system.query(
      `mutation { runBilling(input: { month: "2030-02" }) { accountsBilled } }`,
      {},
      admin,
    );
    expect(asAdmin.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    clock.set(new Date('2030-04-01T06:00:00Z'));
    const run = await system.query<{ runBilling: { accountsBilled: number; invoicesIssued: number } }>(
      `mutation { runBilling(input: { month: "2030-03" }) { accountsBilled invoicesIssued charged { amount } } }`,
      {},
      operator,
    );
    expect(run.data?.runBilling).toMatchObject({ accountsBilled: 3, invoicesIssued: 3 });

    const invoice = await march();
    const fee = (code: string, days: number) =>
      Math.floor((tariff(code).monthlyFeeMinor * days * 2 + 31) / 62);
    const rub = (kopecks: number) => (kopecks / 100).toFixed(2);
    expect(invoice?.lines.map((l) => [l.service.id, l.days, l.amount.amount])).toEqual(
      expect.arrayContaining([
        [telephony.id, 31, rub(tariff('TEL-BASIC').monthlyFeeMinor)],
        [internet.id, 15, rub(fee('NET-100', 15))], // 1st to 15th at 100 Mbit/s
        [internet.id, 16, rub(fee('NET-500', 16))], // 16th to 31st at 500 Mbit/s
        [newService, 10, rub(fee('CLOUD-1TB', 10))], // 10th to 19th
        [newService, null, '500.00'], // the setup fee
        [telephony.id, null, '15.50'], // two calls
      ]),
    );
    const total = invoice?.lines.reduce((sum, l) => sum + Math.round(Number(l.amount.amount) * 100), 0) ?? 0;
    expect(invoice).toMatchObject({
      total: { amount: rub(total) },
      amountDue: { amount: rub(total) },
      dueDate: '2030-04-20',
      state: 'NEW',
    });
    expect(invoice?.number).toMatch(/^203003-\d{6}$/);
    expect(invoice?.usage.edges.map((e) => [e.node.durationSeconds, e.node.cost.amount])).toEqual(
      expect.arrayContaining([
        [300, '12.00'],
        [65, '3.50'],
      ]),
    );
    expect(invoice?.usage.edges).toHaveLength(2);

    const issued = await system.subgraphs.billing.db.dataSource.query(
      `SELECT payload FROM outbox WHERE type = $1 AND payload->>'accountId' = $2 AND payload->>'month' = '2030-03'`,
      [INVOICE_ISSUED, account.id],
    );
    expect(issued.map((e: { payload: { month: string; totalMinor: string } }) => e.payload)).toEqual([
      expect.objectContaining({ month: '2030-03', totalMinor: String(total), number: invoice?.number }),
    ]);
  });

  it('charges nothing twice when the run is repeated', async () => {
    const before = await system.subgraphs.billing.db.dataSource.query(
      `SELECT count(*)::int AS n, sum(amount_minor)::text AS total FROM ledger_entries WHERE kind = 'CHARGE'`,
    );
    const again = await system.query<{ runBilling: Record<string, unknown> }>(
      `mutation { runBilling(input: { month: "2030-03" }) { accountsBilled invoicesIssued charged { amount } } }`,
      {},
      operator,
    );
    expect(again.data?.runBilling).toEqual({
      accountsBilled: 0,
      invoicesIssued: 0,
      charged: { amount: '0.00' },
    });
    const after = await system.subgraphs.billing.db.dataSource.query(
      `SELECT count(*)::int AS n, sum(amount_minor)::text AS total FROM ledger_entries WHERE kind = 'CHARGE'`,
    );
    expect(after).toEqual(before);
  });

  it('moves the invoice along as it is paid and falls due: PARTIALLY_PAID, OVERDUE, SETTLED', async () => {
    const invoice = (await march()) as Invoice;
    const balance = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      `{ personalAccount(id: "${account.id}") { balance { amount } } }`,
      {},
      admin,
    );
    const owed = -Math.round(Number(balance.data?.personalAccount.balance.amount) * 100);
    const pay = (amount: string, key: string) =>
      system.query(
        'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }',
        { i: { accountId: account.id, kind: 'PAYMENT', amount, description: 'Оплата', idempotencyKey: key } },
        operator,
      );
    // Older debts are paid first; pay them and half of March's invoice.
    const half = Math.round(Number(invoice.total.amount) * 50);
    const older = owed - Math.round(Number(invoice.total.amount) * 100);
    expect((await pay(((older + half) / 100).toFixed(2), 'invoice-half')).errors).toBeUndefined();
    expect(await march()).toMatchObject({ state: 'PARTIALLY_PAID' });

    clock.set(new Date('2030-04-20T21:00:00Z')); // 21 April in Moscow
    expect(await march()).toMatchObject({ state: 'OVERDUE' });
    const due = (await march())?.amountDue.amount as string;
    expect((await pay(due, 'invoice-rest')).errors).toBeUndefined();
    expect(await march()).toMatchObject({ state: 'SETTLED', amountDue: { amount: '0.00' } });
  });

  it('pays an invoice by card, naming it: the payment goes to its account and settles it', async () => {
    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const theirs = (
      await system.query<{ personalAccount: { invoices: { edges: { node: Invoice }[] } } }>(
        INVOICES,
        { id: b.accounts[0].id },
        other,
      )
    ).data?.personalAccount.invoices.edges
      .map((e) => e.node)
      .find((i) => i.month === '2030-03') as Invoice;
    const pay = (token: string, input: Record<string, unknown>) =>
      system.query<{
        createPayment: {
          payment: { paymentUrl: string; account: { id: string }; invoice: { number: string } };
        };
      }>(
        `mutation ($i: CreatePaymentInput!) { createPayment(input: $i) { payment {
           paymentUrl account { id } invoice { number } } } }`,
        { i: { method: 'CARD', idempotencyKey: `invoice-${randomUUID()}`, ...input } },
        token,
      );
    expect((await pay(admin, { invoiceId: theirs.id, amount: '1.00' })).errors?.[0].extensions?.code).toBe(
      'NOT_FOUND',
    );
    const both = await pay(other, { invoiceId: theirs.id, accountId: b.accounts[0].id, amount: '1.00' });
    expect(both.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountId' }],
    });
    const neither = await pay(other, { amount: '1.00' });
    expect(neither.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountId' }],
    });

    const created = await pay(other, { invoiceId: theirs.id, amount: theirs.amountDue.amount });
    expect(created.errors).toBeUndefined();
    const payment = created.data?.createPayment.payment;
    expect(payment).toMatchObject({ account: { id: b.accounts[0].id }, invoice: { number: theirs.number } });
    expect((await payByCard(payment?.paymentUrl as string, '4242424242424242')).ok).toBe(true);
    await eventually(async () => {
      const list = await system.query<{ personalAccount: { invoices: { edges: { node: Invoice }[] } } }>(
        INVOICES,
        { id: b.accounts[0].id },
        other,
      );
      return (
        list.data?.personalAccount.invoices.edges.find((e) => e.node.id === theirs.id)?.node.state ===
        'SETTLED'
      );
    }, 'the card payment settled the invoice');
    const again = await pay(other, { invoiceId: theirs.id, amount: '1.00' });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'invoiceId' }],
    });
  });

  it("shows an invoice only to its company's users", async () => {
    const invoice = (await march()) as Invoice;
    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const byId = await system.query(`{ invoice(id: "${invoice.id}") { number } }`, {}, other);
    expect(byId.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(JSON.stringify(byId)).not.toContain(invoice.number);
    const list = await invoices(other);
    expect(list.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
