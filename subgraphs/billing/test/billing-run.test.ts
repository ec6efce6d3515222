import { demoPlan } from '@kabinet/dev';
import { eventually, type RunningSubgraph, startSubgraph, testClock } from '@kabinet/kit/testing';
import { type InvoiceRow, invoiceState } from '../src/billing-run/invoices';
import { prorate } from '../src/billing-run/lines';
import { runBilling } from '../src/billing-run/run';
import { billingSubgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 6 },
  { key: 'b', name: 'ООО «Б»', accounts: 3 },
]);
const accountCount = plan.companies.reduce((n, c) => n + c.accounts.length, 0);

describe('the monthly billing run', () => {
  const clock = testClock(new Date('2030-01-15T09:00:00Z'));
  let billing: RunningSubgraph;
  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    billing.db.dataSource.query(sql, params);
  const charges = async (month: string) =>
    (
      await query<{ n: number; total: string }>(
        `SELECT count(*)::int AS n, coalesce(-sum(amount_minor), 0)::text AS total FROM ledger_entries
         WHERE kind = 'CHARGE' AND description LIKE '%' || $1 || '%'`,
        [month],
      )
    )[0];

  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph({ clock, billingSchedulePollMs: 50 }), plan);
  });
  afterAll(() => billing?.stop());

  it('prorates a fee by the days a service was billable, to the kopeck, half up', () => {
    expect(prorate(250_000n, 31, 31)).toBe(250_000n);
    expect(prorate(250_000n, 10, 31)).toBe(80_645n); // 80 645.16…
    expect(prorate(45_000n, 15, 30)).toBe(22_500n);
    expect(prorate(100n, 1, 3)).toBe(33n);
    expect(prorate(200n, 1, 3)).toBe(67n); // 66.67 rounds up
  });

  it('refuses a month that is not over, or not a month', async () => {
    await expect(runBilling(billing.db.dataSource, '2030-03', clock.now())).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'month', message: 'can be billed once it is over' }],
      },
    });
    await expect(runBilling(billing.db.dataSource, '2030-13', clock.now())).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'month' }] },
    });
  });

  it('resumes a run cut short without charging anyone twice', async () => {
    const at = new Date('2030-02-01T06:00:00Z');
    let chunks = 0;
    await expect(
      runBilling(billing.db.dataSource, '2030-01', at, {
        chunkSize: 2,
        afterChunk: () => {
          chunks += 1;
          if (chunks === 2) throw new Error('the process died');
        },
      }),
    ).rejects.toThrow('the process died');
    const halfway = await charges('январь 2030');
    expect(halfway.n).toBeGreaterThan(0);

    const resumed = await runBilling(billing.db.dataSource, '2030-01', at, { chunkSize: 2 });
    expect(resumed.accountsBilled).toBe(accountCount - 4);
    const whole = await charges('январь 2030');
    const again = await runBilling(billing.db.dataSource, '2030-01', at);
    expect(again).toMatchObject({ accountsBilled: 0, invoicesIssued: 0, chargedMinor: 0n });
    expect(await charges('январь 2030')).toEqual(whole);
    // Every active demo service, a full month each: nothing more, nothing less.
    const fees = new Map(plan.tariffs.map((t) => [t.code, t.monthlyFeeMinor]));
    const expected = plan.companies
      .flatMap((c) => c.accounts.flatMap((a) => a.services))
      .filter((s) => !s.suspendedAt)
      .reduce((sum, s) => sum + (fees.get(s.tariffCode) ?? 0), 0);
    expect(whole.total).toBe(String(expected));
    const invoices = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM invoices WHERE month = '2030-01'`,
    );
    expect(invoices[0].n).toBe(accountCount);
  });

  it('charges each account once when two runs of a month race (two replicas)', async () => {
    const at = new Date('2029-12-01T06:00:00Z');
    const [one, two] = await Promise.all([
      runBilling(billing.db.dataSource, '2029-11', at, { chunkSize: 3 }),
      runBilling(billing.db.dataSource, '2029-11', at, { chunkSize: 3 }),
    ]);
    expect(one.accountsBilled + two.accountsBilled).toBe(accountCount);
    expect(await charges('ноябрь 2029')).toEqual(await charges('январь 2030'));
  });

  it('keeps every balance equal to the sum of its entries after runs', async () => {
    const drift = await query(
      `SELECT a.account_id FROM billing_accounts a
       WHERE a.balance_minor <> (SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entries e WHERE e.account_id = a.account_id)`,
    );
    expect(drift).toEqual([]);
  });

  it('runs by itself once last month is over', async () => {
    expect(await query(`SELECT month FROM billed_months WHERE month = '2030-02'`)).toEqual([]);
    clock.set(new Date('2030-03-01T00:30:00Z')); // 03:30 on 1 March in Moscow: February is over
    await eventually(
      async () => (await query(`SELECT month FROM billed_months WHERE month = '2030-02'`)).length === 1,
      'February billed by the schedule',
    );
    expect((await charges('февраль 2030')).n).toBeGreaterThan(0);
    // March is not over: the schedule leaves it alone.
    expect(await charges('март 2030')).toEqual({ n: 0, total: '0' });
  });
});

describe('where an invoice stands', () => {
  const invoice = (dueMinor: string, sentAt: Date | null) =>
    ({ totalMinor: '1000', dueMinor, dueDate: '2030-04-20', sentAt }) as InvoiceRow;
  it('is NEW until sent, SENT once e-mailed, PARTIALLY_PAID, SETTLED, and OVERDUE past its due date', () => {
    expect(invoiceState(invoice('1000', null), '2030-04-01')).toBe('NEW');
    expect(invoiceState(invoice('1000', new Date()), '2030-04-01')).toBe('SENT');
    expect(invoiceState(invoice('400', new Date()), '2030-04-20')).toBe('PARTIALLY_PAID');
    expect(invoiceState(invoice('400', null), '2030-04-21')).toBe('OVERDUE');
    expect(invoiceState(invoice('0', null), '2030-05-01')).toBe('SETTLED');
  });
});
