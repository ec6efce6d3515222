import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED } from '@kabinet/contracts';
import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph, testClock } from '@kabinet/kit/testing';
import { creditLimitWatch } from '../src/credit/limit-crossings';
import { capWindow, overdueCheckpoints } from '../src/promised-payments/rules';
import { billingSubgraph } from '../src/server';

describe('credit rules', () => {
  it('judges overdue debt at the end of the 20th, Moscow time, of the last three months that have passed it', () => {
    // 20 November ends at 21:00 UTC (Moscow is UTC+3): a second before, November's 20th has not ended yet.
    expect(overdueCheckpoints(new Date('2026-11-20T20:59:59Z')).map((d) => d.toISOString())).toEqual([
      '2026-10-20T21:00:00.000Z',
      '2026-09-20T21:00:00.000Z',
      '2026-08-20T21:00:00.000Z',
    ]);
    expect(overdueCheckpoints(new Date('2026-11-20T21:00:00Z'))[0].toISOString()).toBe(
      '2026-11-20T21:00:00.000Z',
    );
    // Across a new year.
    expect(overdueCheckpoints(new Date('2027-01-05T00:00:00Z')).map((d) => d.toISOString())).toEqual([
      '2026-12-20T21:00:00.000Z',
      '2026-11-20T21:00:00.000Z',
      '2026-10-20T21:00:00.000Z',
    ]);
  });

  it('averages charges over the three whole Moscow months before the current one', () => {
    // 1 December 00:30 in Moscow is still 30 November in UTC: December has begun.
    expect(capWindow(new Date('2026-11-30T21:30:00Z'))).toEqual({
      from: new Date('2026-08-31T21:00:00Z'),
      until: new Date('2026-11-30T21:00:00Z'),
    });
  });

  it('announces one crossing per direction, not one per entry', () => {
    const account = {
      accountId: '00000000-0000-4000-8000-000000000001',
      companyId: '00000000-0000-4000-8000-000000000002',
      currency: 'RUB',
      creditLimitMinor: '1000',
      overCreditLimit: false,
    };
    const watch = creditLimitWatch([account], '2026-11-30T12:00:00.000Z');
    watch.entry(account.accountId, 'e1', -900n, -900n); // within
    watch.entry(account.accountId, 'e2', -200n, -1100n); // over: exceeded
    watch.entry(account.accountId, 'e3', -50n, -1150n); // still over: nothing
    watch.entry(account.accountId, 'e4', 100n, -1050n); // a payment, still over: nothing
    watch.entry(account.accountId, 'e5', 50n, -1000n); // back at the limit: restored
    expect(watch.events().map((e) => [e.type, (e.payload as { entryId: string }).entryId])).toEqual([
      [CREDIT_LIMIT_EXCEEDED, 'e2'],
      [CREDIT_RESTORED, 'e5'],
    ]);
    expect(watch.isOver(account.accountId)).toBe(false);
  });
});

describe('promised payments under concurrency', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
  const [a] = plan.companies;
  const admin: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ADMIN' };
  let billing: RunningSubgraph;
  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph({ clock: testClock() }), plan);
  });
  afterAll(() => billing?.stop());

  it('opens one of many promised payments requested at once on an account, and the ledger adds up', async () => {
    const TAKE = `mutation ($i: TakePromisedPaymentInput!) { takePromisedPayment(input: $i) { sequence } }`;
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        billing.call(
          TAKE,
          { i: { accountId: a.accounts[0].id, amount: '10.00', idempotencyKey: `race-${i}-key` } },
          admin,
        ),
      ),
    );
    expect(answers.filter((r) => !r.errors)).toHaveLength(1);
    expect(new Set(answers.flatMap((r) => r.errors ?? []).map((e) => e.extensions?.code))).toEqual(
      new Set(['BAD_USER_INPUT']),
    );
    const db = billing.db.dataSource;
    expect((await db.query('SELECT count(*)::int AS n FROM promised_payments'))[0].n).toBe(1);
    const [sum] = await db.query(
      `SELECT (SELECT sum(amount_minor) FROM ledger_entries WHERE account_id = $1)::text AS entries,
         (SELECT balance_minor FROM billing_accounts WHERE account_id = $1)::text AS balance`,
      [a.accounts[0].id],
    );
    expect(sum.entries).toBe(sum.balance);
  });
});
