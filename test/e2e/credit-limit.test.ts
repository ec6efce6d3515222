import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED } from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { outboxProblems } from '../src/outboxes';
import { type RunningSystem, startSystem } from '../src/system';

const SET_LIMIT = `mutation ($i: SetCreditLimitInput!) {
  setCreditLimit(input: $i) { creditLimit { amount } account { id creditLimit { amount } } } }`;
const POST = `mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }`;
const ACCOUNT = `query ($id: ID!) { personalAccount(id: $id) {
  balance { amount } creditLimit { amount } services { id status suspendedFor } } }`;

interface Account {
  personalAccount: {
    balance: { amount: string };
    creditLimit: { amount: string };
    services: { id: string; status: string; suspendedFor: string | null }[];
  };
}

describe('credit limit: a balance beyond it suspends the account’s services, a payment back resumes them', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 2 },
    { key: 'b', name: 'ООО «Б»', accounts: 1 },
  ]);
  const [a, b] = plan.companies;
  const account = a.accounts[1];
  let system: RunningSystem;
  let operator: string;
  let admin: string;
  let postings = 0;

  const post = async (kind: 'CHARGE' | 'PAYMENT', amount: string) => {
    const posted = await system.query<{ postLedgerEntry: { balance: { amount: string } } }>(
      POST,
      {
        i: { accountId: account.id, kind, amount, description: kind, idempotencyKey: `credit-${++postings}` },
      },
      operator,
    );
    expect(posted.errors).toBeUndefined();
    return posted.data?.postLedgerEntry.balance.amount;
  };
  const read = async () => {
    const result = await system.query<Account>(ACCOUNT, { id: account.id }, admin);
    expect(result.errors).toBeUndefined();
    return result.data?.personalAccount as Account['personalAccount'];
  };
  const statuses = async () => (await read()).services.map((s) => s.status);
  const crossings = async () =>
    (
      await system.subgraphs.billing.db.dataSource.query(
        'SELECT type, payload FROM outbox WHERE type = ANY($1) ORDER BY id',
        [[CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED]],
      )
    ).map((row: { type: string; payload: { accountId: string } }) => `${row.type}:${row.payload.accountId}`);

  beforeAll(async () => {
    system = await startSystem(plan);
    operator = await system.login('operator', DEMO_PASSWORD);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('is set by staff only, and not to a negative amount', async () => {
    const limit = (await read()).creditLimit.amount; // the demo gives each account one
    const byCustomer = await system.query(
      SET_LIMIT,
      { i: { accountId: account.id, amount: '100.00' } },
      admin,
    );
    expect(byCustomer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const negative = await system.query(
      SET_LIMIT,
      { i: { accountId: account.id, amount: '-1.00' } },
      operator,
    );
    expect(negative.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount' }],
    });
    const unknown = await system.query(
      SET_LIMIT,
      { i: { accountId: '00000000-0000-4000-8000-000000000000', amount: '1.00' } },
      operator,
    );
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await read()).creditLimit.amount).toBe(limit);
  });

  it('suspends on the charge that crosses the limit, once; resumes on the payment that comes back', async () => {
    // One service suspended for another reason beforehand: the credit limit must not resume it.
    const [own, ...others] = (await read()).services;
    await system.subgraphs.catalog.db.dataSource.query(
      "UPDATE services SET status = 'SUSPENDED' WHERE id = $1",
      [own.id],
    );
    const set = await system.query<{ setCreditLimit: { creditLimit: { amount: string } } }>(
      SET_LIMIT,
      { i: { accountId: account.id, amount: '1000.00' } },
      operator,
    );
    expect(set.errors).toBeUndefined();
    expect(set.data?.setCreditLimit.creditLimit.amount).toBe('1000.00');

    const start = Number((await read()).balance.amount);
    const spare = (start + 1000).toFixed(2); // what a charge may take before the limit
    expect(await post('CHARGE', spare)).toBe('-1000.00'); // exactly at the limit: still within it
    expect(await crossings()).toEqual([]);
    expect(await post('CHARGE', '0.01')).toBe('-1000.01'); // recorded, and over the limit
    await eventually(
      async () => (await statuses()).every((s) => s === 'SUSPENDED'),
      'every service of the account suspended',
    );
    // The cabinet tells a debt suspension from one for another reason.
    expect(Object.fromEntries((await read()).services.map((s) => [s.id, s.suspendedFor]))).toEqual(
      Object.fromEntries([[own.id, 'OPERATOR'], ...others.map((o) => [o.id, 'DEBT'])]),
    );
    expect(await post('CHARGE', '250.00')).toBe('-1250.01'); // still over: no second announcement
    expect(await post('PAYMENT', '200.00')).toBe('-1050.01'); // still over: nothing restored
    expect(await crossings()).toEqual([`${CREDIT_LIMIT_EXCEEDED}:${account.id}`]);

    expect(await post('PAYMENT', '50.01')).toBe('-1000.00');
    await eventually(async () => {
      const services = (await read()).services;
      return others.every((o) => services.find((s) => s.id === o.id)?.status === 'ACTIVE') && services;
    }, 'the services suspended for the limit active again');
    expect((await read()).services.find((s) => s.id === own.id)?.status).toBe('SUSPENDED');
    expect(await crossings()).toEqual([
      `${CREDIT_LIMIT_EXCEEDED}:${account.id}`,
      `${CREDIT_RESTORED}:${account.id}`,
    ]);
  });

  it('judges a new limit at once: lowering it below the debt suspends, raising it above resumes', async () => {
    const activeBefore = (await read()).services.filter((s) => s.status === 'ACTIVE').length;
    expect(activeBefore).toBeGreaterThan(0);
    await system.query(SET_LIMIT, { i: { accountId: account.id, amount: '999.99' } }, operator);
    await eventually(
      async () => (await read()).services.every((s) => s.status === 'SUSPENDED'),
      'suspended by the lower limit',
    );
    await system.query(SET_LIMIT, { i: { accountId: account.id, amount: '5000.00' } }, operator);
    await eventually(
      async () => (await read()).services.filter((s) => s.status === 'ACTIVE').length === activeBefore,
      'resumed by the higher limit',
    );
    // Another company's accounts were never touched.
    const other = await system.query<Account>(
      ACCOUNT,
      { id: b.accounts[0].id },
      await system.login(b.admin.login, DEMO_PASSWORD),
    );
    expect(other.data?.personalAccount.services.every((s) => s.status === 'ACTIVE')).toBe(true);
    const { problems, seen } = await outboxProblems(system);
    expect(problems).toEqual([]);
    expect([...seen]).toEqual(expect.arrayContaining([CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED]));
  });
});
