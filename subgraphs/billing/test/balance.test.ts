import { demoPlan, type Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { subgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 4 },
  { key: 'b', name: 'ООО «Б»', accounts: 4 },
]);
const [a, b] = plan.companies;
const BALANCES = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAccount { balance { amount currency } } } }`;

describe('billing subgraph', () => {
  let billing: RunningSubgraph;
  beforeAll(async () => {
    billing = await startSubgraph(subgraph, plan);
  });
  afterAll(() => billing?.stop());

  it('seeds repeatably', async () => {
    const count = async () =>
      (await billing.db.dataSource.query('SELECT count(*)::int AS n FROM ledger_entries'))[0].n;
    const before = await count();
    await subgraph.seed(billing.db.dataSource, plan);
    expect(await count()).toBe(before);
  });

  it('sums the ledger into exact balances, one statement for many accounts', async () => {
    const [first, second] = a.accounts;
    await billing.db.dataSource.query('DELETE FROM ledger_entries WHERE account_id = $1', [first.id]);
    await billing.db.dataSource.query(
      `INSERT INTO ledger_entries (id, account_id, company_id, kind, amount_minor, description, occurred_at)
       VALUES (gen_random_uuid(), $1, $2, 'PAYMENT', 100001, 'p', now()), (gen_random_uuid(), $1, $2, 'CHARGE', -250050, 'c', now())`,
      [first.id, a.id],
    );
    const viewer: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ACCOUNTANT' };
    const before = billing.db.statements.count;
    const result = await billing.call<{ _entities: { balance: { amount: string; currency: string } }[] }>(
      BALANCES,
      { reps: [first, second].map((acc) => ({ __typename: 'PersonalAccount', id: acc.id })) },
      viewer,
    );
    expect(billing.db.statements.count - before).toBe(1);
    expect(result.data?._entities[0].balance).toEqual({ amount: '-1500.49', currency: 'RUB' });
    expect(result.data?._entities[1].balance.amount).toMatch(/^-?\d+\.\d{2}$/);
  });

  it("never sums another company's ledger for a company user", async () => {
    // b's second account pays 100.00 a month more than it is charged, so its balance is positive.
    const rep = { __typename: 'PersonalAccount', id: b.accounts[1].id };
    const asA = await billing.call<{ _entities: { balance: { amount: string } }[] }>(
      BALANCES,
      { reps: [rep] },
      { userId: a.admin.id, companyId: a.id, role: 'ADMIN' },
    );
    expect(asA.data?._entities[0].balance.amount).toBe('0.00');
    const asB = await billing.call<{ _entities: { balance: { amount: string } }[] }>(
      BALANCES,
      { reps: [rep] },
      { userId: b.admin.id, companyId: b.id, role: 'ADMIN' },
    );
    expect(asB.data?._entities[0].balance.amount).toBe('400.00');
  });
});
