import { demoPlan, type Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { subgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 3 },
  { key: 'b', name: 'ООО «Б»', accounts: 2 },
]);
const [a, b] = plan.companies;
const operator: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };
const adminOf = (c: typeof a): Viewer => ({ userId: c.admin.id, companyId: c.id, role: 'ADMIN' });

const POST = `mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) {
  entry { id kind amount { amount } } balance { amount } sequence } }`;
const WATCH = `subscription ($ids: [ID!], $all: Boolean, $company: ID, $after: Int) {
  balanceChanged(accountIds: $ids, companyWide: $all, companyId: $company, after: $after) {
    sequence kind amount { amount currency } balance { amount } account { id } entry { id description } } }`;

interface Change {
  balanceChanged: {
    sequence: number;
    kind: string;
    amount: { amount: string };
    balance: { amount: string };
    account: { id: string };
  };
}
interface Posted {
  postLedgerEntry: { entry: { id: string }; balance: { amount: string }; sequence: number };
}

describe('billing: postLedgerEntry and balanceChanged', () => {
  let billing: RunningSubgraph;
  let keys = 0;
  const post = (
    accountId: string,
    amount: string,
    kind = 'PAYMENT',
    idempotencyKey = `key-${++keys}-${Date.now()}`,
  ) =>
    billing.call<Posted>(
      POST,
      { input: { accountId, kind, amount, description: 'Оплата', idempotencyKey } },
      operator,
    );

  beforeAll(async () => {
    billing = await startSubgraph(subgraph, plan);
  });
  afterAll(() => billing?.stop());

  it('delivers a payment to a company-wide subscriber with the new balance, and nothing of another company', async () => {
    const mine = billing.subscribe<Change>(WATCH, { all: true }, adminOf(a));
    const theirs = billing.subscribe<Change>(WATCH, { all: true }, adminOf(b));
    await new Promise((r) => setTimeout(r, 300)); // let both subscriptions reach the bus
    const posted = await post(a.accounts[0].id, '1500.50');
    expect(posted.errors).toBeUndefined();
    await mine.waitFor(1);
    expect(mine.results[0].data?.balanceChanged).toMatchObject({
      sequence: posted.data?.postLedgerEntry.sequence,
      kind: 'PAYMENT',
      amount: { amount: '1500.50', currency: 'RUB' },
      balance: { amount: posted.data?.postLedgerEntry.balance.amount },
      account: { id: a.accounts[0].id },
    });
    await new Promise((r) => setTimeout(r, 200));
    expect(theirs.results).toEqual([]);
    mine.dispose();
    theirs.dispose();
  });

  it('is idempotent: the same key and input return the first result; another input is a CONFLICT', async () => {
    const first = await post(a.accounts[1].id, '10.00', 'CHARGE', 'same-key-123');
    const again = await post(a.accounts[1].id, '10.00', 'CHARGE', 'same-key-123');
    expect(again.data).toEqual(first.data);
    const other = await post(a.accounts[1].id, '11.00', 'CHARGE', 'same-key-123');
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    const [{ n }] = await billing.db.dataSource.query(
      "SELECT count(*)::int AS n FROM ledger_entries WHERE account_id = $1 AND description = 'Оплата'",
      [a.accounts[1].id],
    );
    expect(n).toBe(1);
  });

  it('replays exactly the changes after a sequence number, then goes live', async () => {
    const first = await post(a.accounts[2].id, '1.00');
    const seq = first.data?.postLedgerEntry.sequence as number;
    await post(a.accounts[2].id, '2.00');
    await post(a.accounts[0].id, '3.00');
    const resumed = billing.subscribe<Change>(WATCH, { all: true, after: seq }, adminOf(a));
    await resumed.waitFor(2);
    await new Promise((r) => setTimeout(r, 200));
    await post(a.accounts[2].id, '4.00');
    await resumed.waitFor(3);
    expect(resumed.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([seq + 1, seq + 2, seq + 3]);
    expect(resumed.results.map((r) => r.data?.balanceChanged.amount.amount)).toEqual([
      '2.00',
      '3.00',
      '4.00',
    ]);
    resumed.dispose();
  });

  it('filters by account and refuses accounts of another company', async () => {
    const one = billing.subscribe<Change>(WATCH, { ids: [a.accounts[1].id] }, adminOf(a));
    await new Promise((r) => setTimeout(r, 200));
    await post(a.accounts[0].id, '5.00');
    await post(a.accounts[1].id, '6.00');
    await one.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(one.results.map((r) => r.data?.balanceChanged.account.id)).toEqual([a.accounts[1].id]);
    one.dispose();

    const foreign = billing.subscribe<Change>(WATCH, { ids: [b.accounts[0].id] }, adminOf(a));
    await foreign.waitFor(1);
    expect(foreign.results[0].errors?.[0].message).toMatch(/not found/);
    const nothing = billing.subscribe<Change>(WATCH, {}, adminOf(a));
    await nothing.waitFor(1);
    expect(nothing.results[0].errors?.[0].message).toMatch(/accountIds/);
  });

  it('lets staff watch one named company', async () => {
    const staff = billing.subscribe<Change>(WATCH, { all: true, company: b.id }, operator);
    await new Promise((r) => setTimeout(r, 200));
    await post(a.accounts[0].id, '7.00');
    await post(b.accounts[0].id, '8.00');
    await staff.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(staff.results.map((r) => r.data?.balanceChanged.account.id)).toEqual([b.accounts[0].id]);
    staff.dispose();
  });
});
