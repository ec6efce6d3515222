import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, testClock } from '@kabinet/kit/testing';
import { createPayment, payByCard, readPayment } from '../src/payments';
import { type RunningSystem, startSystem } from '../src/system';

const SET = `mutation ($i: SetAutoTopUpInput!) { setAutoTopUp(input: $i) {
  autoTopUp { enabled threshold { amount } amount { amount } cardMask } } }`;
const ACCOUNT = `query ($id: ID!) { personalAccount(id: $id) {
  balance { amount } autoTopUp { enabled cardMask lastTopUpAt } } }`;
const POST = `mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }`;
const DAY = 86_400_000;

describe('auto top-up: the saved card is charged when the balance falls below the threshold, once a day', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 2 }]);
  const [a] = plan.companies;
  const [account, marker] = a.accounts;
  const clock = testClock();
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let postings = 0;

  const balance = async (accountId: string) => {
    const read = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      ACCOUNT,
      { id: accountId },
      admin,
    );
    return Number(read.data?.personalAccount.balance.amount);
  };
  const post = async (accountId: string, kind: 'CHARGE' | 'PAYMENT', amount: string) => {
    const posted = await system.query(
      POST,
      { i: { accountId, kind, amount, description: kind, idempotencyKey: `auto-top-up-${++postings}` } },
      operator,
    );
    expect(posted.errors).toBeUndefined();
  };
  /** Charges so the balance ends at `target` roubles. */
  const chargeTo = async (accountId: string, target: number) =>
    post(accountId, 'CHARGE', ((await balance(accountId)) - target).toFixed(2));
  const autoPayments = async (accountId: string) =>
    (
      await system.subgraphs.billing.db.dataSource.query(
        `SELECT state, amount_minor::text AS amount FROM payments
         WHERE account_id = $1 AND created_by IS NULL ORDER BY created_at`,
        [accountId],
      )
    ).map((p: { state: string; amount: string }) => `${p.state} ${p.amount}`);
  const set = (accountId: string, enabled: boolean, threshold = '100.00', amount = '500.00') =>
    system.query<{ setAutoTopUp: { autoTopUp: Record<string, unknown> } }>(
      SET,
      { i: { accountId, threshold, amount, enabled } },
      admin,
    );
  const saveCard = async (accountId: string) => {
    const created = await createPayment(system, admin, { accountId, amount: '10.00', method: 'CARD' });
    const payment = created.data?.createPayment.payment;
    expect((await payByCard(payment?.paymentUrl as string, '4242424242424242')).ok).toBe(true);
    await eventually(
      async () => (await readPayment(system, admin, payment?.id as string))?.state === 'SUCCEEDED',
      'the card payment succeeded',
    );
  };

  beforeAll(async () => {
    system = await startSystem(plan, { clock, creditPollMs: 50 });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('needs a saved card, sensible amounts, and a company ADMIN or ACCOUNTANT', async () => {
    expect((await set(account.id, true)).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'enabled' }],
    });
    expect((await set(account.id, false, '-1.00', '0.00')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'threshold' }, { field: 'amount' }],
    });
    const byStaff = await system.query(
      SET,
      { i: { accountId: account.id, threshold: '1.00', amount: '1.00', enabled: false } },
      operator,
    );
    expect(byStaff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const read = await system.query<{ personalAccount: { autoTopUp: unknown } }>(
      ACCOUNT,
      { id: account.id },
      admin,
    );
    expect(read.data?.personalAccount.autoTopUp).toBeNull();
  });

  it('charges the saved card when the balance falls below the threshold, at most once a day', async () => {
    await saveCard(account.id);
    await saveCard(marker.id);
    // Both well above the threshold before it is enabled.
    await post(account.id, 'PAYMENT', '1000.00');
    await post(marker.id, 'PAYMENT', '1000.00');
    const enabled = await set(account.id, true);
    expect(enabled.errors).toBeUndefined();
    expect(enabled.data?.setAutoTopUp.autoTopUp).toEqual({
      enabled: true,
      threshold: { amount: '100.00' },
      amount: { amount: '500.00' },
      cardMask: expect.stringMatching(/4242$/),
    });
    expect((await set(marker.id, true)).errors).toBeUndefined();

    await chargeTo(account.id, 50); // below 100.00: top up 500.00
    await eventually(async () => (await balance(account.id)) === 550, 'the top-up paid in');
    expect(await autoPayments(account.id)).toEqual(['SUCCEEDED 50000']);

    // Below the threshold again the same day: no second top-up. The marker account's top-up, triggered
    // after this charge, proves a pass has looked at the account since.
    await chargeTo(account.id, 20);
    await chargeTo(marker.id, 0);
    await eventually(async () => (await balance(marker.id)) === 500, 'the marker account topped up');
    expect(await autoPayments(account.id)).toEqual(['SUCCEEDED 50000']);
    expect(await balance(account.id)).toBe(20);

    // The next day (Moscow), it tops up again.
    clock.advance(DAY);
    await eventually(async () => (await balance(account.id)) === 520, 'the next day’s top-up');
    expect(await autoPayments(account.id)).toEqual(['SUCCEEDED 50000', 'SUCCEEDED 50000']);

    // Turned off: below the threshold the next day, nothing is charged (the marker proves a pass again).
    expect((await set(account.id, false)).errors).toBeUndefined();
    clock.advance(DAY);
    await chargeTo(account.id, 0);
    await chargeTo(marker.id, 0);
    await eventually(async () => (await balance(marker.id)) === 500, 'the marker account topped up again');
    expect(await autoPayments(account.id)).toHaveLength(2);
    expect(await balance(account.id)).toBe(0);
  });
});
