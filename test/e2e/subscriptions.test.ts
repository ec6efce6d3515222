import { DEMO_PASSWORD, demoPlan } from '@kabinet/kit';
import { type RunningSystem, startSystem } from '../src/system';

const LIVE = `subscription { balanceChanged(companyWide: true) {
  sequence kind amount { amount } balance { amount currency }
  account { number name company { name } services { tariff { name } } } } }`;
const PAY = `mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { balance { amount } sequence } }`;

interface Live {
  balanceChanged: {
    sequence: number;
    kind: string;
    amount: { amount: string };
    balance: { amount: string; currency: string };
    account: {
      number: string;
      name: string;
      company: { name: string };
      services: { tariff: { name: string } }[];
    };
  };
}

describe('federated subscriptions through the gateway', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 3 },
    { key: 'b', name: 'ООО «Б»', accounts: 2 },
  ]);
  const [a, b] = plan.companies;
  let system: RunningSystem;
  let operator: string;
  let payments = 0;
  const pay = (accountId: string, amount: string) =>
    system.query<{ postLedgerEntry: { balance: { amount: string }; sequence: number } }>(
      PAY,
      {
        input: {
          accountId,
          kind: 'PAYMENT',
          amount,
          description: 'Платёжное поручение',
          idempotencyKey: `pay-${++payments}-${Date.now()}`,
        },
      },
      operator,
    );

  beforeAll(async () => {
    system = await startSystem(plan);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('delivers a payment merged with fields from accounts and catalog, only to the owning company', async () => {
    const tokenA = await system.login(a.admin.login, DEMO_PASSWORD);
    const tokenB = await system.login(b.admin.login, DEMO_PASSWORD);
    const mine = system.socket(tokenA).subscribe<Live>(LIVE);
    const theirs = system.socket(tokenB).subscribe<Live>(LIVE);
    await new Promise((r) => setTimeout(r, 500));

    const paid = await pay(a.accounts[0].id, '2500.00');
    expect(paid.errors).toBeUndefined();
    await mine.waitFor(1);
    const account = a.accounts[0];
    expect(mine.results[0].errors).toBeUndefined();
    expect(mine.results[0].data?.balanceChanged).toEqual({
      sequence: paid.data?.postLedgerEntry.sequence,
      kind: 'PAYMENT',
      amount: { amount: '2500.00' },
      balance: { amount: paid.data?.postLedgerEntry.balance.amount, currency: 'RUB' },
      account: {
        number: account.number,
        name: account.name,
        company: { name: a.name },
        services: expect.arrayContaining(
          plan.tariffs
            .filter((t) => account.tariffCodes.includes(t.code))
            .map((t) => ({ tariff: { name: t.name } })),
        ),
      },
    });
    await new Promise((r) => setTimeout(r, 300));
    expect(theirs.results).toEqual([]);
  });
});
