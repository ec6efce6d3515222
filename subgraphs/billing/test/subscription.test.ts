import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph, streamHead } from '@kabinet/kit/testing';
import { billingSubgraph } from '../src/server';

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

  const head = (company: typeof a) => streamHead(billing.db, company.id);

  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph(), plan);
  });
  afterAll(() => billing?.stop());

  it('delivers a payment to a company-wide subscriber with the new balance, and nothing of another company', async () => {
    const mine = billing.subscribe<Change>(WATCH, { all: true, after: await head(a) }, adminOf(a));
    const theirs = billing.subscribe<Change>(WATCH, { all: true, after: await head(b) }, adminOf(b));
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
    // Committed after the payment under test: whatever of it leaked to the other company would come first.
    const marker = (await post(b.accounts[0].id, '1.00')).data?.postLedgerEntry.sequence;
    await theirs.waitFor(1);
    expect(theirs.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([marker]);
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
    await post(a.accounts[2].id, '4.00'); // live, and the marker: anything replayed twice would come before it
    await resumed.waitFor(3);
    expect(resumed.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([seq + 1, seq + 2, seq + 3]);
    expect(resumed.results.map((r) => r.data?.balanceChanged.amount.amount)).toEqual([
      '2.00',
      '3.00',
      '4.00',
    ]);
    resumed.dispose();

    // A number the stream has not reached was never seen: waiting for it would skip everything before it.
    const ahead = billing.subscribe<Change>(WATCH, { all: true, after: (await head(a)) + 1 }, adminOf(a));
    await ahead.waitFor(1);
    expect(ahead.results[0].errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after', message: 'is beyond the last event of the stream' }],
    });
  });

  it('filters by account and refuses accounts of another company', async () => {
    const one = billing.subscribe<Change>(
      WATCH,
      { ids: [a.accounts[1].id], after: await head(a) },
      adminOf(a),
    );
    await post(a.accounts[0].id, '5.00');
    await post(a.accounts[1].id, '6.00');
    await one.waitFor(1); // the second payment: the first, if it leaked, would have come before it
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
    const staff = billing.subscribe<Change>(
      WATCH,
      { all: true, company: b.id, after: await head(b) },
      operator,
    );
    await post(a.accounts[0].id, '7.00');
    await post(b.accounts[0].id, '8.00');
    await staff.waitFor(1); // the payment in b, committed after the one in a
    expect(staff.results.map((r) => r.data?.balanceChanged.account.id)).toEqual([b.accounts[0].id]);
    staff.dispose();
  });

  describe('postLedgerEntries', () => {
    const POST_MANY = `mutation ($inputs: [PostLedgerEntryInput!]!) { postLedgerEntries(inputs: $inputs) {
      entry { id amount { amount } account { id } } balance { amount } sequence } }`;
    interface PostedMany {
      postLedgerEntries: {
        entry: { amount: { amount: string }; account: { id: string } };
        balance: { amount: string };
        sequence: number;
      }[];
    }
    const entry = (accountId: string, amount: string, idempotencyKey = `many-${++keys}-${Date.now()}`) => ({
      accountId,
      kind: 'PAYMENT',
      amount,
      description: 'Реестр платежей',
      idempotencyKey,
    });
    const postMany = (inputs: ReturnType<typeof entry>[], viewer: Viewer = operator) =>
      billing.call<PostedMany>(POST_MANY, { inputs }, viewer);
    const entriesOf = async (accountId: string) =>
      (
        await billing.db.dataSource.query(
          "SELECT count(*)::int AS n FROM ledger_entries WHERE account_id = $1 AND description = 'Реестр платежей'",
          [accountId],
        )
      )[0].n as number;

    it('posts across companies in one call: results in input order, running balances, one event each', async () => {
      const watchA = billing.subscribe<Change>(WATCH, { all: true, after: await head(a) }, adminOf(a));
      const watchB = billing.subscribe<Change>(WATCH, { all: true, after: await head(b) }, adminOf(b));
      const before = (await post(b.accounts[1].id, '0.01')).data?.postLedgerEntry.balance.amount as string;
      const posted = await postMany([
        entry(b.accounts[1].id, '10.00'),
        entry(a.accounts[0].id, '1.00'),
        entry(b.accounts[1].id, '20.00'),
      ]);
      expect(posted.errors).toBeUndefined();
      const results = posted.data?.postLedgerEntries ?? [];
      expect(results.map((r) => [r.entry.account.id, r.entry.amount.amount])).toEqual([
        [b.accounts[1].id, '10.00'],
        [a.accounts[0].id, '1.00'],
        [b.accounts[1].id, '20.00'],
      ]);
      const cents = (amount: string) => Math.round(Number(amount) * 100);
      expect(cents(results[0].balance.amount)).toBe(cents(before) + 1000);
      expect(cents(results[2].balance.amount)).toBe(cents(before) + 3000);
      expect(results[2].sequence).toBe(results[0].sequence + 1);
      await watchA.waitFor(1);
      await watchB.waitFor(3); // the single posting, then the two of the batch
      expect(watchB.results.slice(1).map((r) => r.data?.balanceChanged.sequence)).toEqual([
        results[0].sequence,
        results[2].sequence,
      ]);
      expect(watchA.results.map((r) => r.data?.balanceChanged.sequence)).toEqual([results[1].sequence]);
      watchA.dispose();
      watchB.dispose();
    });

    it('is all or none: one bad entry names its field and nothing is written', async () => {
      const account = a.accounts[2].id;
      const before = await entriesOf(account);
      const bad = await postMany([entry(account, '5.00'), { ...entry(account, '0.00'), description: ' ' }]);
      expect(bad.errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [
          { field: 'inputs.1.amount', message: 'must be positive' },
          { field: 'inputs.1.description', message: 'is required' },
        ],
      });
      const unknown = await postMany([
        entry(account, '5.00'),
        entry('00000000-0000-4000-8000-000000000000', '1.00'),
      ]);
      expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
      const reused = 'registry-line-77';
      await post(account, '9.00', 'PAYMENT', reused);
      const conflicting = await postMany([entry(account, '5.00'), entry(account, '1.00', reused)]);
      expect(conflicting.errors?.[0].extensions?.code).toBe('CONFLICT');
      expect(await entriesOf(account)).toBe(before);
      const empty = await postMany([]);
      expect(empty.errors?.[0].extensions?.fields).toEqual([
        { field: 'inputs', message: 'must hold 1 to 500 entries' },
      ]);
    });

    it('replays a resubmitted registry without posting twice', async () => {
      const account = a.accounts[1].id;
      const inputs = [entry(account, '2.00'), entry(account, '3.00')];
      const first = await postMany(inputs);
      const again = await postMany(inputs);
      expect(again.data).toEqual(first.data);
      const grown = await postMany([...inputs, entry(account, '4.00')]);
      expect(grown.data?.postLedgerEntries.slice(0, 2)).toEqual(first.data?.postLedgerEntries);
      expect(await entriesOf(account)).toBe(3);
    });

    it("archives the posting in the posting's own transaction", async () => {
      const posted = await postMany([entry(a.accounts[0].id, '3.00'), entry(a.accounts[1].id, '4.00')]);
      const [first] = posted.data?.postLedgerEntries ?? [];
      const [row] = await billing.db.dataSource.query(
        `SELECT a.payload->>'action' AS action, a.payload->>'outcome' AS outcome, a.payload->>'companyId' AS company,
                a.txid = b.txid AS together
         FROM outbox a JOIN outbox b ON b.type = 'BalanceChanged' AND b.seq = $1 AND b.stream = $2
         WHERE a.type = 'AuditEvent' ORDER BY a.id DESC LIMIT 1`,
        [first.sequence, `company:${a.id}`],
      );
      expect(row).toEqual({
        action: 'billing.postLedgerEntries',
        outcome: 'OK',
        company: a.id,
        together: true,
      });
    });

    it('archives each root field of one mutation with its own change, for its own company', async () => {
      const three = `mutation ($x: [PostLedgerEntryInput!]!, $y: [PostLedgerEntryInput!]!, $z: [PostLedgerEntryInput!]!) {
        x: postLedgerEntries(inputs: $x) { sequence } y: postLedgerEntries(inputs: $y) { sequence }
        z: postLedgerEntries(inputs: $z) { sequence } }`;
      const result = await billing.call<Record<'x' | 'y' | 'z', { sequence: number }[] | null>>(
        three,
        {
          x: [entry(a.accounts[0].id, '1.00')],
          y: [entry(b.accounts[0].id, '2.00')],
          z: [entry('00000000-0000-4000-8000-000000000000', '3.00')],
        },
        operator,
      );
      expect(result.errors?.map((e) => [e.path?.[0], e.extensions?.code])).toEqual([['z', 'NOT_FOUND']]);
      const archived = await billing.db.dataSource.query(
        `SELECT a.payload->>'companyId' AS company, a.payload->>'outcome' AS outcome,
                EXISTS (SELECT 1 FROM outbox b WHERE b.type = 'BalanceChanged' AND b.txid = a.txid) AS together
         FROM outbox a WHERE a.type = 'AuditEvent' ORDER BY a.id DESC LIMIT 3`,
      );
      expect(archived.reverse()).toEqual([
        { company: a.id, outcome: 'OK', together: true },
        { company: b.id, outcome: 'OK', together: true },
        { company: null, outcome: 'NOT_FOUND', together: false },
      ]);
    });

    it('is for staff only; a company admin cannot post', async () => {
      const denied = await postMany([entry(a.accounts[0].id, '1.00')], adminOf(a));
      expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    });

    it('does not deadlock against concurrent postings on the same accounts in other orders', async () => {
      const [x, y] = [a.accounts[0].id, b.accounts[0].id];
      const calls = Array.from({ length: 12 }, (_, i) =>
        i % 3 === 0
          ? post(i % 2 ? x : y, '1.00')
          : postMany(i % 2 ? [entry(x, '1.00'), entry(y, '1.00')] : [entry(y, '1.00'), entry(x, '1.00')]),
      );
      const results = await Promise.all(calls);
      expect(results.flatMap((r) => r.errors ?? [])).toEqual([]);
    });
  });
});
