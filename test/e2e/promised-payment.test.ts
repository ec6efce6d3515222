import { PROMISED_PAYMENT_DUE } from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { outboxProblems } from '../src/outboxes';
import { type RunningSystem, startSystem } from '../src/system';

const TAKE = `mutation ($i: TakePromisedPaymentInput!) { takePromisedPayment(input: $i) {
  balance { amount } sequence
  promisedPayment { id amount { amount } takenAt dueAt state settledAt entry { kind amount { amount } } } } }`;
const ACCOUNT = `query ($id: ID!) { personalAccount(id: $id) {
  balance { amount } promisedPaymentBlocked promisedPaymentOffer { available reason maxAmount { amount } }
  promisedPayment { id state settledAt reversal { kind amount { amount } } } } }`;
const POST = `mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }`;
const LIVE = `subscription ($ids: [ID!], $after: Int) { balanceChanged(accountIds: $ids, after: $after) {
  kind amount { amount } balance { amount } } }`;
const DAY = 86_400_000;

interface Taken {
  takePromisedPayment: {
    balance: { amount: string };
    sequence: number;
    promisedPayment: {
      id: string;
      amount: { amount: string };
      takenAt: string;
      dueAt: string;
      state: string;
      settledAt: string | null;
      entry: { kind: string; amount: { amount: string } };
    };
  };
}
interface Account {
  personalAccount: {
    balance: { amount: string };
    promisedPaymentBlocked: boolean;
    promisedPaymentOffer: { available: boolean; reason: string | null; maxAmount: { amount: string } };
    promisedPayment: {
      id: string;
      state: string;
      settledAt: string | null;
      reversal: { kind: string; amount: { amount: string } } | null;
    } | null;
  };
}

describe('promised payment: taken, refused while open, repaid or reversed after seven days', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 4 },
    { key: 'b', name: 'ООО «Б»', accounts: 1 },
  ]);
  const [a, b] = plan.companies;
  // The demo's accounts 0 and 1 pay their charges each month; account 3 skipped this month's payment, so its
  // balance is negative since the 20th.
  const [unpaid, repaid, , debtor] = a.accounts;
  // After the 20th, the due day: the debtor's last invoice is overdue; this month's is not issued yet. The demo's
  // history leads up to the clock, whatever the real date.
  const clock = testClock(new Date('2026-11-25T09:00:00Z'));
  plan.asOf = clock.now();
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let keys = 0;

  const take = (accountId: string, amount: string, token = admin, idempotencyKey = `promise-${++keys}`) =>
    system.query<Taken>(TAKE, { i: { accountId, amount, idempotencyKey } }, token);
  const read = async (accountId: string) => {
    const result = await system.query<Account>(ACCOUNT, { id: accountId }, admin);
    expect(result.errors).toBeUndefined();
    return result.data?.personalAccount as Account['personalAccount'];
  };
  const promisedRows = async () =>
    Number(
      (await system.subgraphs.billing.db.dataSource.query('SELECT count(*) AS n FROM promised_payments'))[0]
        .n,
    );

  beforeAll(async () => {
    system = await startSystem(plan, { clock, creditPollMs: 50 });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('refuses bad input, other roles and other companies, writing nothing', async () => {
    const viewer = (
      await system.signToken({ userId: stableId('user:a:viewer'), companyId: a.id, role: 'VIEWER' })
    ).token;
    const code = (r: { errors?: { extensions?: Record<string, unknown> }[] }) => r.errors?.[0].extensions;
    expect(code(await take(unpaid.id, '100.00', viewer))?.code).toBe('FORBIDDEN');
    expect(code(await take(unpaid.id, '100.00', operator))?.code).toBe('FORBIDDEN');
    for (const amount of ['0.00', '-5.00']) {
      expect(code(await take(unpaid.id, amount))).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'amount' }],
      });
    }
    // The cap: the account's charges in the three whole Moscow months before this one, divided by three.
    const [{ cap }] = await system.subgraphs.billing.db.dataSource.query(
      `WITH month AS (SELECT date_trunc('month', $2::timestamptz AT TIME ZONE 'Europe/Moscow') AS start)
       SELECT (sum(-amount_minor) / 3)::text AS cap FROM ledger_entries, month
       WHERE account_id = $1 AND kind = 'CHARGE'
         AND occurred_at >= (month.start - interval '3 months') AT TIME ZONE 'Europe/Moscow'
         AND occurred_at < month.start AT TIME ZONE 'Europe/Moscow'`,
      [unpaid.id, clock.now()],
    );
    expect(Number(cap)).toBeGreaterThan(150_000);
    const capText = (Number(cap) / 100).toFixed(2);
    expect(code(await take(unpaid.id, ((Number(cap) + 1) / 100).toFixed(2)))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount', message: `must be at most ${capText}` }],
    });
    const otherCompany = await take(unpaid.id, '100.00', await system.login(b.admin.login, DEMO_PASSWORD));
    expect(code(otherCompany)?.code).toBe('NOT_FOUND');
    expect(code(await take(debtor.id, '100.00'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountId', message: 'the account had an overdue debt in the last 3 months' }],
    });
    expect(await promisedRows()).toBe(0);
    expect((await read(unpaid.id)).promisedPayment).toBeNull();
    // What the cabinet shows before anyone asks: the same rules, the same cap.
    expect((await read(unpaid.id)).promisedPaymentOffer).toEqual({
      available: true,
      reason: null,
      maxAmount: { amount: capText },
    });
    expect((await read(debtor.id)).promisedPaymentOffer).toMatchObject({
      available: false,
      reason: 'the account had an overdue debt in the last 3 months',
    });
  });

  it('credits the balance now, live, and refuses a second while it is open', async () => {
    const before = Number((await read(unpaid.id)).balance.amount);
    const live = system.socket(admin).subscribe<{
      balanceChanged: { kind: string; amount: { amount: string }; balance: { amount: string } };
    }>(LIVE, { ids: [unpaid.id], after: await system.streamHead(a.id) });
    const takenAt = clock.now();
    const taken = await take(unpaid.id, '1500.00', admin, 'promise-first');
    expect(taken.errors).toBeUndefined();
    const result = taken.data?.takePromisedPayment;
    expect(result?.balance.amount).toBe((before + 1500).toFixed(2));
    expect(result?.promisedPayment).toMatchObject({
      amount: { amount: '1500.00' },
      state: 'OPEN',
      settledAt: null,
      takenAt: takenAt.toISOString(),
      dueAt: new Date(takenAt.getTime() + 7 * DAY).toISOString(),
      entry: { kind: 'PROMISED_PAYMENT', amount: { amount: '1500.00' } },
    });
    await live.waitFor(1);
    expect(live.results[0].data?.balanceChanged).toEqual({
      kind: 'PROMISED_PAYMENT',
      amount: { amount: '1500.00' },
      balance: { amount: result?.balance.amount },
    });

    // The same request again answers the first result; a new one is refused while this one is open.
    const again = await take(unpaid.id, '1500.00', admin, 'promise-first');
    expect(again.data?.takePromisedPayment.promisedPayment.id).toBe(result?.promisedPayment.id);
    const second = await take(unpaid.id, '10.00');
    expect(second.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountId', message: 'the account already has an open promised payment' }],
    });
    expect(await promisedRows()).toBe(1);
    const now = await read(unpaid.id);
    expect(now.balance.amount).toBe(result?.balance.amount);
    expect(now.promisedPaymentOffer).toMatchObject({
      available: false,
      reason: 'the account already has an open promised payment',
    });
  });

  it('is repaid by payments that cover it, and reversed when not repaid by the deadline', async () => {
    const repaidBefore = Number((await read(repaid.id)).balance.amount);
    expect((await take(repaid.id, '700.00')).errors).toBeUndefined();
    const pay = (amount: string, key: string) =>
      system.query(
        POST,
        { i: { accountId: repaid.id, kind: 'PAYMENT', amount, description: 'Оплата', idempotencyKey: key } },
        operator,
      );
    expect((await pay('300.00', 'repay-part-1')).errors).toBeUndefined();
    expect((await read(repaid.id)).promisedPayment?.state).toBe('OPEN'); // 300 of 700: not yet
    expect((await pay('400.00', 'repay-part-2')).errors).toBeUndefined();
    expect((await read(repaid.id)).promisedPayment?.state).toBe('REPAID');

    const unpaidBefore = Number((await read(unpaid.id)).balance.amount) - 1500;
    // A second billing replica checks the same deadlines at the same time: each is reversed once.
    await system.addSubgraphInstance('billing');
    clock.advance(7 * DAY); // exactly the deadline
    await eventually(
      async () => (await read(unpaid.id)).promisedPayment?.state === 'REVERSED',
      'the unpaid promised payment reversed',
    );
    // Read again once it is seen: one request's fields are not one snapshot, and the reversal may commit
    // between the balance and the promised payment of the request that first sees it.
    const reversed = await read(unpaid.id);
    expect(reversed.balance.amount).toBe(unpaidBefore.toFixed(2));
    expect(reversed.promisedPaymentBlocked).toBe(true);
    expect(reversed.promisedPaymentOffer.available).toBe(false);
    expect(reversed.promisedPayment?.settledAt).toBe(clock.now().toISOString());
    expect(reversed.promisedPayment?.reversal).toEqual({
      kind: 'PROMISED_PAYMENT',
      amount: { amount: '-1500.00' },
    });
    // Reversed in the same pass had it been open: the repaid one stays repaid, its balance untouched.
    const repaidAfter = await read(repaid.id);
    expect(repaidAfter.promisedPayment?.state).toBe('REPAID');
    expect(repaidAfter.promisedPaymentBlocked).toBe(false);
    expect(repaidAfter.balance.amount).toBe((repaidBefore + 700 + 700).toFixed(2));

    const billingDb = system.subgraphs.billing.db.dataSource;
    const reversals = await billingDb.query(
      `SELECT r.amount_minor::text AS amount, o.amount_minor::text AS original FROM ledger_entries r
       JOIN ledger_entries o ON o.id = r.reverses_entry_id WHERE r.account_id = $1`,
      [unpaid.id],
    );
    expect(reversals).toEqual([{ amount: '-150000', original: '150000' }]);
    const due = await billingDb.query('SELECT payload FROM outbox WHERE type = $1', [PROMISED_PAYMENT_DUE]);
    expect(due).toEqual([
      {
        payload: expect.objectContaining({
          accountId: unpaid.id,
          companyId: a.id,
          amountMinor: '150000',
          balanceMinor: String(Math.round(unpaidBefore * 100)),
        }),
      },
    ]);
    // The ledger still adds up to the balance.
    const [sum] = await billingDb.query(
      `SELECT (SELECT sum(amount_minor) FROM ledger_entries WHERE account_id = $1)::text AS entries,
         (SELECT balance_minor FROM billing_accounts WHERE account_id = $1)::text AS balance`,
      [unpaid.id],
    );
    expect(sum.entries).toBe(sum.balance);

    // Flagged: no new promised payment for three months.
    expect((await take(unpaid.id, '100.00')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'accountId' }],
    });
    expect((await outboxProblems(system)).problems).toEqual([]);
  });
});
