import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 3 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const [account, second] = a.accounts;

const POST = `mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }`;
const STATEMENT = `query ($id: ID!, $p: PeriodInput!, $first: Int, $after: String) {
  personalAccount(id: $id) { statement(period: $p) {
    from to openingBalance { amount } closingBalance { amount }
    charges { amount } payments { amount } credits { amount } refunds { amount }
    operations(first: $first, after: $after) {
      edges { cursor node { kind amount { amount } description occurredAt } } pageInfo { hasNextPage endCursor }
    }
  } } }`;
const DEBT = `query ($id: ID!) { personalAccount(id: $id) {
  balance { amount } amountDue { amount } dueDate overdue lastPayment { amount { amount } occurredAt } } }`;

interface Statement {
  from: string;
  to: string;
  openingBalance: { amount: string };
  closingBalance: { amount: string };
  charges: { amount: string };
  payments: { amount: string };
  credits: { amount: string };
  refunds: { amount: string };
  operations: {
    edges: { cursor: string; node: { kind: string; amount: { amount: string }; description: string } }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const minor = (amount: string) => Math.round(Number(amount) * 100);
const rub = (kopecks: number) => (kopecks / 100).toFixed(2);

describe('statements, debts and statistics of personal accounts, through the gateway', () => {
  const clock = testClock(new Date('2030-03-10T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  /** The account's balance before the test's own postings (the demo's history). */
  let before: number;

  const post = async (kind: string, amount: string, description: string, at: string) => {
    clock.set(new Date(at));
    const posted = await system.query(
      POST,
      { i: { accountId: account.id, kind, amount, description, idempotencyKey: `statement-${description}` } },
      operator,
    );
    expect(posted.errors).toBeUndefined();
  };
  const statement = async (from: string, to: string, extra: Record<string, unknown> = {}, token = admin) =>
    system.query<{ personalAccount: { statement: Statement } }>(
      STATEMENT,
      { id: account.id, p: { from, to }, ...extra },
      token,
    );
  const debt = async () =>
    (
      await system.query<{
        personalAccount: {
          balance: { amount: string };
          amountDue: { amount: string };
          dueDate: string | null;
          overdue: boolean;
          lastPayment: { amount: { amount: string }; occurredAt: string } | null;
        };
      }>(DEBT, { id: account.id }, admin)
    ).data?.personalAccount;

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
    const balance = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      `{ personalAccount(id: "${account.id}") { balance { amount } } }`,
      {},
      admin,
    );
    before = minor(balance.data?.personalAccount.balance.amount as string);
  });
  afterAll(() => system?.stop());

  it('tells what is owed, by when, and whether it is overdue: payments settle the oldest charges first', async () => {
    // Whatever the demo left, a charge that leaves exactly 1000.00 owed, on 10 March.
    await post('CHARGE', rub(before + 100_000), 'march-fee', '2030-03-10T09:00:00Z');
    expect(await debt()).toMatchObject({
      amountDue: { amount: '1000.00' },
      dueDate: '2030-03-20',
      overdue: false,
    });

    clock.set(new Date('2030-03-20T20:59:00Z')); // 23:59 in Moscow: still the due day
    expect((await debt())?.overdue).toBe(false);
    clock.set(new Date('2030-03-20T21:00:00Z')); // midnight in Moscow: the 21st
    expect((await debt())?.overdue).toBe(true);

    // A charge after the 20th falls due next month; the March charge is still the oldest unpaid.
    await post('CHARGE', '500.00', 'late-fee', '2030-03-25T09:00:00Z');
    expect(await debt()).toMatchObject({
      amountDue: { amount: '1500.00' },
      dueDate: '2030-03-20',
      overdue: true,
    });

    // 1200.00 pays the March charge off and 200.00 of the later one: 300.00 owed, due 20 April.
    await post('PAYMENT', '1200.00', 'march-payment', '2030-03-26T09:00:00Z');
    expect(await debt()).toEqual({
      balance: { amount: '-300.00' },
      amountDue: { amount: '300.00' },
      dueDate: '2030-04-20',
      overdue: false,
      lastPayment: { amount: { amount: '1200.00' }, occurredAt: '2030-03-26T09:00:00.000Z' },
    });
  });

  it('gives a statement whose balances follow from its totals, with every operation of the period newest first', async () => {
    await post('CREDIT', '50.00', 'april-credit', '2030-04-02T09:00:00Z');
    await post('REFUND', '20.00', 'april-refund', '2030-04-03T09:00:00Z');
    // 00:30 on 1 May in Moscow, still 30 April in UTC: May's, not April's.
    await post('CHARGE', '7.00', 'may-fee', '2030-04-30T21:30:00Z');

    const march = (await statement('2030-03-01', '2030-03-31')).data?.personalAccount.statement;
    expect(march).toMatchObject({
      from: '2030-03-01',
      to: '2030-03-31',
      openingBalance: { amount: rub(before) },
      charges: { amount: rub(before + 150_000) },
      payments: { amount: '1200.00' },
      credits: { amount: '0.00' },
      refunds: { amount: '0.00' },
      closingBalance: { amount: '-300.00' },
    });
    expect(march?.operations.edges.map((e) => e.node.description)).toEqual([
      'march-payment',
      'late-fee',
      'march-fee',
    ]);

    const april = await statement('2030-04-01', '2030-04-30', { first: 1 });
    const page = april.data?.personalAccount.statement;
    expect(page).toMatchObject({
      openingBalance: { amount: '-300.00' },
      credits: { amount: '50.00' },
      refunds: { amount: '20.00' },
      charges: { amount: '0.00' },
      closingBalance: { amount: '-270.00' },
    });
    expect(page?.operations.edges.map((e) => e.node.description)).toEqual(['april-refund']);
    expect(page?.operations.pageInfo.hasNextPage).toBe(true);
    const next = await statement('2030-04-01', '2030-04-30', {
      first: 1,
      after: page?.operations.pageInfo.endCursor,
    });
    expect(next.data?.personalAccount.statement.operations.edges.map((e) => e.node.description)).toEqual([
      'april-credit',
    ]);
    expect(next.data?.personalAccount.statement.operations.pageInfo.hasNextPage).toBe(false);

    const may = (await statement('2030-05-01', '2030-05-01')).data?.personalAccount.statement;
    expect(may).toMatchObject({
      openingBalance: { amount: '-270.00' },
      closingBalance: { amount: '-277.00' },
    });
  });

  it('computes the balance at the end of any day', async () => {
    const at = async (date: string) =>
      (
        await system.query<{ personalAccount: { balanceAt: { amount: string } } }>(
          `query ($id: ID!, $d: Date!) { personalAccount(id: $id) { balanceAt(date: $d) { amount } } }`,
          { id: account.id, d: date },
          admin,
        )
      ).data?.personalAccount.balanceAt.amount;
    expect(await at('2030-03-09')).toBe(rub(before));
    expect(await at('2030-03-10')).toBe('-1000.00');
    expect(await at('2030-04-30')).toBe('-270.00');
    expect(await at('2030-05-01')).toBe('-277.00');
  });

  it('sums charges for a chart by service kind, account, group and month, over the accounts the caller sees', async () => {
    // May's billing run, on 1 June: every service's full monthly fee, and nothing else that day.
    clock.set(new Date('2030-06-01T06:00:00Z'));
    const run = await system.query(
      `mutation { runBilling(input: { month: "2030-05" }) { accountsBilled } }`,
      {},
      operator,
    );
    expect(run.errors).toBeUndefined();
    const period = { from: '2030-06-01', to: '2030-06-01' };
    const expenses = async (groupBy: string, token = admin) =>
      system.query<{
        me: {
          company: {
            expenses: {
              key: string;
              amount: { amount: string };
              serviceKind: string | null;
              month: string | null;
            }[];
          };
        };
      }>(
        `query ($p: PeriodInput!, $g: ExpenseGrouping!) { me { company { expenses(period: $p, groupBy: $g) {
           key amount { amount } serviceKind month account { id } group { id } } } } }`,
        { p: period, g: groupBy },
        token,
      );
    const fee = new Map(plan.tariffs.map((t) => [t.code, t]));
    const expected = (bucketOf: (accountIndex: number, code: string) => string) => {
      const sums = new Map<string, number>();
      a.accounts.forEach((acc, i) => {
        for (const code of acc.tariffCodes) {
          const key = bucketOf(i, code);
          sums.set(key, (sums.get(key) ?? 0) + (fee.get(code)?.monthlyFeeMinor ?? 0));
        }
      });
      return [...sums]
        .sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))
        .map(([key, sum]) => ({
          key,
          amount: { amount: rub(sum) },
        }));
    };

    const byKind = await expenses('SERVICE_KIND');
    expect(byKind.errors).toBeUndefined();
    expect(byKind.data?.me.company.expenses.map(({ key, amount }) => ({ key, amount }))).toEqual(
      expected((_, code) => fee.get(code)?.kind as string),
    );
    expect(byKind.data?.me.company.expenses.every((b) => b.serviceKind === b.key)).toBe(true);
    const byAccount = await expenses('ACCOUNT');
    expect(byAccount.data?.me.company.expenses.map(({ key, amount }) => ({ key, amount }))).toEqual(
      expected((i) => a.accounts[i].id),
    );
    const byGroup = await expenses('GROUP');
    expect(byGroup.data?.me.company.expenses.map(({ key, amount }) => ({ key, amount }))).toEqual(
      expected((i) => a.accounts[i].groupId),
    );
    const byMonth = (await expenses('MONTH')).data?.me.company.expenses;
    expect(byMonth).toEqual([
      expect.objectContaining({
        key: '2030-06',
        month: '2030-06',
        amount: byKind.data?.me.company.expenses.reduce(
          (sum, b) => ({ amount: rub(minor(sum.amount) + minor(b.amount.amount)) }),
          { amount: '0.00' },
        ),
      }),
    ]);

    // A viewer limited to one account charts only that account.
    const invited = await system.query(
      `mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }`,
      {
        i: {
          login: 'a-statements-viewer',
          fullName: 'Бухгалтерия филиала',
          role: 'VIEWER',
          email: 'statements@a.example',
          delivery: 'EMAIL',
          accountIds: [second.id],
        },
      },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    const viewer = await system.signInInvited(
      'a-statements-viewer',
      'statements@a.example',
      'Branch-viewer-2026',
    );
    const limited = await expenses('ACCOUNT', viewer);
    expect(limited.data?.me.company.expenses.map((e) => e.key)).toEqual([second.id]);
    const totals = await system.query<{
      me: { company: { balanceTotal: { amount: string }; amountDue: { amount: string } } };
    }>(`{ me { company { balanceTotal { amount } amountDue { amount } } } }`, {}, viewer);
    const own = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      `{ personalAccount(id: "${second.id}") { balance { amount } } }`,
      {},
      viewer,
    );
    expect(totals.data?.me.company.balanceTotal).toEqual(own.data?.personalAccount.balance);
    const hidden = await statement('2030-03-01', '2030-03-31', {}, viewer);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('totals the company: balances summed, and debts summed without one account paying for another', async () => {
    const read = await system.query<{
      me: {
        company: {
          balanceTotal: { amount: string };
          amountDue: { amount: string };
          personalAccounts: {
            edges: { node: { balance: { amount: string }; amountDue: { amount: string } } }[];
          };
        };
      };
    }>(
      `{ me { company { balanceTotal { amount } amountDue { amount }
         personalAccounts(first: 10) { edges { node { balance { amount } amountDue { amount } } } } } } }`,
      {},
      admin,
    );
    const company = read.data?.me.company;
    const nodes = company?.personalAccounts.edges.map((e) => e.node) ?? [];
    expect(nodes).toHaveLength(a.accounts.length);
    const sum = (values: string[]) => rub(values.reduce((total, v) => total + minor(v), 0));
    expect(company?.balanceTotal.amount).toBe(sum(nodes.map((n) => n.balance.amount)));
    expect(company?.amountDue.amount).toBe(sum(nodes.map((n) => n.amountDue.amount)));
    expect(minor(company?.amountDue.amount as string)).toBeGreaterThanOrEqual(27_700);
  });

  it('reads debts and statements of many accounts in a fixed number of SQL statements', async () => {
    const many = `{ me { company { personalAccounts(first: 10) { edges { node {
      amountDue { amount } dueDate overdue lastPayment { id }
      statement(period: { from: "2030-03-01", to: "2030-04-30" }) {
        openingBalance { amount } closingBalance { amount } operations(first: 5) { edges { node { id } } } }
    } } } } } }`;
    const { billing } = system.subgraphs;
    const count = billing.db.statements.count;
    const read = await system.query(many, {}, admin);
    expect(read.errors).toBeUndefined();
    // debts, last payments, statement totals, operations: one each, however many accounts.
    expect(billing.db.statements.count - count).toBeLessThanOrEqual(4);
  });

  it('refuses bad periods, made-up cursors and other companies’ accounts, naming the field', async () => {
    const backwards = await statement('2030-04-01', '2030-03-01');
    expect(backwards.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period.from' }],
    });
    const tooLong = await statement('2020-01-01', '2030-01-01');
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'period.to' }],
    });
    const impossible = await statement('2030-02-30', '2030-03-01');
    expect(impossible.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const cursor = await statement('2030-03-01', '2030-03-31', { after: 'bm90LWEtY3Vyc29y' });
    expect(cursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });

    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const foreign = await statement('2030-03-01', '2030-03-31', {}, other);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(foreign.data?.personalAccount ?? null).toBeNull();
    const foreignDebt = await system.query(DEBT, { id: account.id }, other);
    expect(foreignDebt.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });
});
