import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 2 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const [account] = a.accounts;

const BONUS = `{ me { company { bonus { balance rewards { id cost credit { amount } }
  entries(first: 3) { edges { node { kind points description } } } } } } }`;
const REDEEM = `mutation ($i: RedeemRewardInput!) { redeemReward(input: $i) {
  balance entry { kind amount { amount } description account { id } } } }`;

interface Bonus {
  balance: number;
  rewards: { id: string; cost: number; credit: { amount: string } }[];
  entries: { edges: { node: { kind: string; points: number; description: string } }[] };
}

describe('bonus points, through the gateway', () => {
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  const bonus = async (token = admin) =>
    (await system.query<{ me: { company: { bonus: Bonus } } }>(BONUS, {}, token)).data?.me.company
      .bonus as Bonus;
  const pay = (amount: string, key: string) =>
    system.query(
      'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }',
      { i: { accountId: account.id, kind: 'PAYMENT', amount, description: 'Оплата', idempotencyKey: key } },
      operator,
    );

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('earns a point for every 5 roubles paid, once per payment', async () => {
    // Points are awarded in ledger order: once a marker payment has earned its point, so has every payment
    // before it (the demo's own history included).
    expect((await pay('5.00', 'bonus-marker')).errors).toBeUndefined();
    const marked = async () => {
      const seen = await bonus();
      return seen.entries.edges[0]?.node.description === 'Оплата 5.00 ₽' && seen;
    };
    await eventually(marked, 'the marker payment earned its point');
    // Read again: the balance and the entries are two statements, and the marker may land between them.
    const before = (await bonus()).balance;
    expect(before).toBeGreaterThan(1);
    expect((await pay('10004.99', 'bonus-payment-1')).errors).toBeUndefined();
    expect((await pay('10004.99', 'bonus-payment-1')).errors).toBeUndefined(); // a retry of the same payment
    await eventually(async () => (await bonus()).balance >= before + 2000, 'the payment earned 2000 points');
    expect((await bonus()).balance).toBe(before + 2000);
    const latest = (await bonus()).entries.edges[0].node;
    expect(latest).toEqual({ kind: 'PAYMENT', points: 2000, description: 'Оплата 10004.99 ₽' });
  });

  it('spends points on a reward credited to an account, once per idempotency key', async () => {
    const { balance, rewards } = await bonus();
    const reward = rewards.find((r) => r.id === 'credit-500') as Bonus['rewards'][number];
    const input = { rewardId: reward.id, accountId: account.id, idempotencyKey: 'redeem-credit-500' };
    const redeemed = await system.query<{
      redeemReward: { balance: number; entry: Record<string, unknown> };
    }>(REDEEM, { i: input }, admin);
    expect(redeemed.errors).toBeUndefined();
    expect(redeemed.data?.redeemReward).toEqual({
      balance: balance - reward.cost,
      entry: {
        kind: 'CREDIT',
        amount: { amount: reward.credit.amount },
        description: 'Бонусная программа: Скидка 500 ₽',
        account: { id: account.id },
      },
    });
    const again = await system.query<{ redeemReward: { balance: number } }>(REDEEM, { i: input }, admin);
    expect(again.data?.redeemReward.balance).toBe(balance - reward.cost);
    expect((await bonus()).balance).toBe(balance - reward.cost);
    expect((await bonus()).entries.edges[0].node).toMatchObject({ kind: 'REDEMPTION', points: -reward.cost });
  });

  it('refuses a reward the points do not cover, an unknown reward, viewers and other companies, spending nothing', async () => {
    const { balance } = await bonus();
    const tooMuch = Math.floor(balance / 2500) + 1;
    for (let i = 0; i < tooMuch; i++) {
      await system.query(
        REDEEM,
        { i: { rewardId: 'credit-1500', accountId: account.id, idempotencyKey: `redeem-all-${i}` } },
        admin,
      );
    }
    const left = (await bonus()).balance;
    expect(left).toBeLessThan(2500);
    const short = await system.query(
      REDEEM,
      { i: { rewardId: 'credit-1500', accountId: account.id, idempotencyKey: 'redeem-short' } },
      admin,
    );
    expect(short.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.rewardId' }],
    });
    const unknown = await system.query(
      REDEEM,
      { i: { rewardId: 'free-lunch', accountId: account.id, idempotencyKey: 'redeem-unknown' } },
      admin,
    );
    expect(unknown.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.rewardId' }],
    });
    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const foreign = await system.query(
      REDEEM,
      { i: { rewardId: 'credit-500', accountId: account.id, idempotencyKey: 'redeem-foreign' } },
      other,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const staff = await system.query(
      REDEEM,
      { i: { rewardId: 'credit-500', accountId: account.id, idempotencyKey: 'redeem-staff' } },
      operator,
    );
    expect(staff.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await bonus()).balance).toBe(left);
    const ownBalance = (await bonus(other)).balance;
    expect(ownBalance).toBeGreaterThanOrEqual(0);
  });

  it('earns points once for each monthly invoice delivered by e-mail instead of on paper', async () => {
    const subscribed = await system.query(
      `mutation ($i: SubscribeToDocumentsInput!) { subscribeToDocuments(input: $i) { subscription { id } } }`,
      { i: { accountId: account.id, types: ['INVOICE'], email: 'invoices@a.example' } },
      admin,
    );
    expect(subscribed.errors).toBeUndefined();
    const run = await system.query<{ runBilling: { invoicesIssued: number } }>(
      'mutation { runBilling(input: { month: "2025-01" }) { invoicesIssued } }',
      {},
      operator,
    );
    expect(run.data?.runBilling.invoicesIssued).toBeGreaterThan(0);
    const earned = await eventually(async () => {
      const entry = (await bonus()).entries.edges.find((e) => e.node.kind === 'E_INVOICE')?.node;
      return entry;
    }, 'the e-mailed invoice earned its points');
    expect(earned).toMatchObject({
      points: 50,
      description: expect.stringMatching(/^Электронный счёт 202501-\d{6}$/),
    });
    // The other account of the company has no subscription: its invoice earns nothing.
    expect((await bonus()).entries.edges.filter((e) => e.node.kind === 'E_INVOICE')).toHaveLength(1);
  });

  it('earns points once per company for a profile with both contacts confirmed', async () => {
    const confirm = async (contact: { email: string } | { phone: string }, token: string) => {
      const asked = await system.query<{ requestContactChange: { id: string } }>(
        'mutation ($i: ContactChangeInput!) { requestContactChange(input: $i) { id } }',
        { i: contact },
        token,
      );
      expect(asked.errors).toBeUndefined();
      const [{ body }] = await system.subgraphs.identity.db.dataSource.query(
        'SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
        [Object.values(contact)[0]],
      );
      const code = /\d{6}/.exec(body)?.[0];
      const confirmed = await system.query(
        `mutation { confirmContactChange(challengeId: "${asked.data?.requestContactChange.id}", code: "${code}") { id } }`,
        {},
        token,
      );
      expect(confirmed.errors).toBeUndefined();
    };
    const profilePoints = async () => (await bonus()).entries.edges.filter((e) => e.node.kind === 'PROFILE');
    await confirm({ email: 'admin@a.example' }, admin);
    await confirm({ phone: '+79001234567' }, admin);
    const [earned] = await eventually(async () => {
      const found = await profilePoints();
      return found.length > 0 && found;
    }, 'the complete profile earned its points');
    expect(earned.node).toMatchObject({ points: 100 });
    // Completing it again (a new phone) earns nothing more. Company B's profile, completed after it, is the
    // marker: events are handled in order, so once B has its points, A's second completion was handled too.
    await confirm({ phone: '+79001234568' }, admin);
    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    await confirm({ email: 'admin@b.example' }, other);
    await confirm({ phone: '+79007654321' }, other);
    await eventually(
      async () => (await bonus(other)).entries.edges.some((e) => e.node.kind === 'PROFILE'),
      "company B's complete profile earned its points",
    );
    expect(await profilePoints()).toHaveLength(1);
  });
});
