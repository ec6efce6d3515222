import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { seed } from '../src/data/seed';
import { billingSubgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 4 },
  { key: 'b', name: 'ООО «Б»', accounts: 4 },
]);
const [a, b] = plan.companies;
const BALANCES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAccount { balance { amount currency } } } }`;

describe('billing subgraph', () => {
  let billing: RunningSubgraph;
  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph(), plan);
  });
  afterAll(() => billing?.stop());

  it('seeds repeatably', async () => {
    const count = async () =>
      (await billing.db.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries'))[0].n;
    const before = await count();
    await seed(billing.db.dataSource, plan);
    expect(await count()).toBe(before);
  });

  it('keeps exact balances equal to the ledger, read in one statement for many accounts', async () => {
    const [first, second] = a.accounts;
    const viewer: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ACCOUNTANT' };
    const operator: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };
    const balances = () =>
      billing.call<{ _entities: { balance: { amount: string; currency: string } }[] }>(
        BALANCES,
        { reps: [first, second].map((acc) => ({ __typename: 'PersonalAccount', id: acc.id })) },
        viewer,
      );
    const ledgerSum = async (accountId: string) =>
      (
        await billing.db.dataSource.query(
          'SELECT sum(amount_minor)::text AS total FROM ledger_entries WHERE account_id = $1',
          [accountId],
        )
      )[0].total as string;
    const cents = (amount: string) => BigInt(amount.replace('.', ''));
    const before = cents((await balances()).data?._entities[0].balance.amount as string);
    for (const [kind, amount] of [
      ['PAYMENT', '1000.01'],
      ['CHARGE', '2500.50'],
    ]) {
      const posted = await billing.call(
        `mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }`,
        { input: { accountId: first.id, kind, amount, description: 'x', idempotencyKey: `balance-${kind}` } },
        operator,
      );
      expect(posted.errors).toBeUndefined();
    }
    const statements = billing.db.statements.count;
    const result = await balances();
    expect(billing.db.statements.count - statements).toBe(1);
    const [firstBalance, secondBalance] = result.data?._entities.map((e) => e.balance) ?? [];
    expect(firstBalance.currency).toBe('RUB');
    expect(cents(firstBalance.amount)).toBe(before - 150049n);
    expect(cents(firstBalance.amount)).toBe(BigInt(await ledgerSum(first.id)));
    expect(cents(secondBalance.amount)).toBe(BigInt(await ledgerSum(second.id)));
  });

  it("never sums another company's ledger for a company user", async () => {
    // b's second account pays 100.00 more than each month's invoice, so after the three billed months of the
    // demo's history its balance is 300.00.
    const rep = { __typename: 'PersonalAccount', id: b.accounts[1].id };
    const asA = await billing.call<{ _entities: ({ balance: { amount: string } } | null)[] }>(
      BALANCES,
      { reps: [rep] },
      { userId: a.admin.id, companyId: a.id, role: 'ADMIN' },
    );
    expect(asA.data?._entities).toEqual([null]);
    expect(asA.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 0, 'balance'], 'NOT_FOUND'],
    ]);
    const asB = await billing.call<{ _entities: { balance: { amount: string } }[] }>(
      BALANCES,
      { reps: [rep] },
      { userId: b.admin.id, companyId: b.id, role: 'ADMIN' },
    );
    expect(asB.data?._entities[0].balance.amount).toBe('300.00');
  });

  it('answers an account it does not know with NOT_FOUND, not a zero balance', async () => {
    const unknown = await billing.call<{ _entities: ({ balance: { amount: string } } | null)[] }>(
      BALANCES,
      {
        reps: [
          { __typename: 'PersonalAccount', id: a.accounts[0].id },
          { __typename: 'PersonalAccount', id: '6f1d2c3b-0000-4000-8000-000000000000' },
        ],
      },
      { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' },
    );
    expect(unknown.data?._entities[0]?.balance.amount).toMatch(/^-?\d+\.\d{2}$/);
    expect(unknown.data?._entities[1]).toBeNull();
    expect(unknown.errors?.map((e) => [e.path, e.extensions?.code])).toEqual([
      [['_entities', 1, 'balance'], 'NOT_FOUND'],
    ]);
  });
});
