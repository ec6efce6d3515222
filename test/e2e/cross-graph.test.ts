import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import type { DemoCompany, SubgraphName } from '@kabinet/kit';
import { type RunningSystem, startSystem } from '../src/system';

const DASHBOARD = `
  query Dashboard {
    me {
      login
      role
      company {
        name
        inn
        personalAccounts(first: 50) {
          totalCount
          edges { node { number status balance { amount currency } services { status tariff { name monthlyFee { amount } } } } }
          pageInfo { hasNextPage endCursor }
        }
      }
    }
    news(first: 5) { edges { node { title publishedAt } } }
  }`;

interface Dashboard {
  me: {
    login: string;
    role: string;
    company: {
      name: string;
      inn: string;
      personalAccounts: {
        totalCount: number;
        edges: {
          node: {
            number: string;
            status: string;
            balance: { amount: string; currency: string };
            services: { status: string; tariff: { name: string; monthlyFee: { amount: string } } }[];
          };
        }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
  };
  news: { edges: { node: { title: string; publishedAt: string } }[] };
}

describe('the cross-graph dashboard query through the gateway', () => {
  const plan = demoPlan([
    { key: 'big', name: 'ООО «Большая компания»', accounts: 50 },
    { key: 'small', name: 'ООО «Малая компания»', accounts: 5 },
  ]);
  const [big, small] = plan.companies as [DemoCompany, DemoCompany];
  let system: RunningSystem;

  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  it('returns company, accounts with balances and services, and news for the logged-in user', async () => {
    const token = await system.login(big.admin.login, DEMO_PASSWORD);
    const result = await system.query<Dashboard>(DASHBOARD, {}, token);

    expect(result.errors).toBeUndefined();
    const me = result.data?.me as Dashboard['me'];
    expect(me.login).toBe(big.admin.login);
    expect(me.role).toBe('ADMIN');
    expect(me.company.name).toBe(big.name);
    expect(me.company.inn).toBe(big.inn);

    const accounts = me.company.personalAccounts;
    expect(accounts.totalCount).toBe(50);
    expect(accounts.edges).toHaveLength(50);
    expect(accounts.pageInfo.hasNextPage).toBe(false);
    expect(accounts.edges.map((e) => e.node.number)).toEqual(big.accounts.map((a) => a.number).sort());

    // Balances come from billing's ledger: exact decimals in roubles, some accounts in debt.
    for (const { node } of accounts.edges) {
      expect(node.balance.currency).toBe('RUB');
      expect(node.balance.amount).toMatch(/^-?\d+\.\d{2}$/);
    }
    const debts = accounts.edges.filter((e) => e.node.balance.amount.startsWith('-'));
    expect(debts.length).toBeGreaterThan(0);
    expect(debts.length).toBeLessThan(50);

    // Services and tariff names come from the catalog.
    const first = big.accounts[0];
    const firstNode = accounts.edges.find((e) => e.node.number === first.number)?.node;
    const tariffNames = plan.tariffs.filter((t) => first.tariffCodes.includes(t.code)).map((t) => t.name);
    expect(firstNode?.services.map((s) => s.tariff.name).sort()).toEqual(tariffNames.sort());

    // News from support, newest first.
    const titles = result.data?.news.edges.map((e) => e.node.title);
    expect(titles).toEqual(plan.news.slice(0, 5).map((n) => n.title));
  });

  it('computes balances exactly from the ledger', async () => {
    const token = await system.login(small.admin.login, DEMO_PASSWORD);
    const result = await system.query<Dashboard>(DASHBOARD, {}, token);
    const ledger = await system.subgraphs.billing.db.dataSource.query(
      'SELECT account_id, sum(amount_minor)::bigint AS total FROM ledger_entries WHERE company_id = $1 GROUP BY account_id',
      [small.id],
    );
    const expected = new Map(
      ledger.map((row: { account_id: string; total: string }) => {
        const number = small.accounts.find((a) => a.id === row.account_id)?.number;
        const minor = BigInt(row.total);
        const abs = minor < 0n ? -minor : minor;
        return [number, `${minor < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`];
      }),
    );
    const got = new Map(
      result.data?.me.company.personalAccounts.edges.map((e) => [e.node.number, e.node.balance.amount]),
    );
    expect(got).toEqual(expected);
  });

  it('pages through accounts with cursors', async () => {
    const token = await system.login(big.admin.login, DEMO_PASSWORD);
    const page = `query ($after: String) { me { company { personalAccounts(first: 20, after: $after) {
      edges { node { number } } pageInfo { hasNextPage endCursor } } } } }`;
    const numbers: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const result: { data?: { me: Dashboard['me'] } | null } = await system.query(page, { after }, token);
      const connection = result.data?.me.company
        .personalAccounts as Dashboard['me']['company']['personalAccounts'];
      numbers.push(...connection.edges.map((e) => e.node.number));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(numbers).toEqual(big.accounts.map((a) => a.number).sort());
  });

  it('sends the same number of SQL statements to each subgraph for 5 accounts as for 50', async () => {
    const statementsFor = async (login: string) => {
      const token = await system.login(login, DEMO_PASSWORD);
      const names = Object.keys(system.subgraphs) as SubgraphName[];
      const before = names.map((n) => system.subgraphs[n].db.statements.count);
      const result = await system.query<Dashboard>(DASHBOARD, {}, token);
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(
        names.map((n, i) => [n, system.subgraphs[n].db.statements.count - before[i]]),
      );
    };
    const withFive = await statementsFor(small.admin.login);
    const withFifty = await statementsFor(big.admin.login);
    expect(withFifty).toEqual(withFive);
    // And the absolute numbers stay small: one statement per loader, not per account.
    for (const count of Object.values(withFifty)) expect(count).toBeLessThanOrEqual(3);
  });
});
