import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 20 },
  { key: 'b', name: 'ООО «Б»', accounts: 2 },
]);
const [a] = plan.companies;

const LIST = `query ($id: ID!, $f: PersonalAccountFilter, $o: PersonalAccountOrder, $first: Int, $after: String) {
  company(id: $id) { personalAccounts(filter: $f, orderBy: $o, first: $first, after: $after) { totalCount
    edges { node { id number name address status balance { amount } } } pageInfo { hasNextPage endCursor } } } }`;

interface Node {
  id: string;
  number: string;
  name: string;
  address: string;
  status: string;
  balance: { amount: string };
}
interface Page {
  company: {
    personalAccounts: {
      totalCount: number;
      edges: { node: Node }[];
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
    };
  };
}

describe('the account list of a large company: search, filters, sorting by balance, paging', () => {
  let system: RunningSystem;
  let admin: string;
  let operator: string;

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
    // The list sorts and filters by billing's balances and catalog's services, kept from their events.
    const count = async (name: 'accounts' | 'billing' | 'catalog', sql: string) =>
      (await system.subgraphs[name].db.dataSource.query(sql))[0].n as number;
    const balances = await count(
      'billing',
      "SELECT count(DISTINCT payload->>'accountId')::int AS n FROM outbox WHERE type = 'BalanceChanged'",
    );
    const services = await count(
      'catalog',
      "SELECT count(*)::int AS n FROM services WHERE status <> 'TERMINATED'",
    );
    await eventually(
      async () =>
        (await count('accounts', 'SELECT count(*)::int AS n FROM account_balances')) === balances &&
        (await count('accounts', 'SELECT count(*)::int AS n FROM account_services')) === services,
      'accounts has the balances and services of the demo accounts',
      30_000,
    );
  });
  afterAll(() => system?.stop());

  const list = async (variables: Record<string, unknown>, token = admin) => {
    const page = await system.query<Page>(LIST, { id: a.id, ...variables }, token);
    expect(page.errors).toBeUndefined();
    return page.data?.company.personalAccounts as Page['company']['personalAccounts'];
  };
  const all = async (variables: Record<string, unknown>) => {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await list({ ...variables, first: 6, after });
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return nodes;
      after = page.pageInfo.endCursor;
    }
  };

  it('finds accounts by a fragment of the address, label or number, whatever the case and ё', async () => {
    const green = await list({ f: { search: 'ЗЕЛЕНАЯ' } });
    expect(green.totalCount).toBe(4); // accounts 1, 6, 11, 16: ул. Зелёная
    expect(green.edges.every((e) => e.node.address.includes('Зелёная'))).toBe(true);
    const byNumber = await list({ f: { search: a.accounts[7].number.slice(-4) } });
    expect(byNumber.edges.map((e) => e.node.id)).toContain(a.accounts[7].id);
    const byLabel = await list({ f: { search: 'точка продаж №12' } });
    expect(byLabel.edges.map((e) => e.node.number)).toEqual([a.accounts[11].number]);
    const tooLong = await system.query(LIST, { id: a.id, f: { search: 'x'.repeat(101) } }, admin);
    expect(tooLong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'filter.search' }],
    });
  });

  it('filters by status, group (subgroups included), service kind and debt', async () => {
    expect((await list({ f: { status: 'SUSPENDED' } })).edges.map((e) => e.node.id)).toEqual([
      a.accounts[16].id,
    ]);
    const [headOffice] = a.groups;
    const inHead = await all({ f: { groupId: headOffice.id } });
    expect(inHead.map((n) => n.id).sort()).toEqual(
      a.accounts
        .filter((_, i) => i % 2 === 0)
        .map((acc) => acc.id)
        .sort(),
    );
    // Every fifth account has an 8-800 number (the even ones) or cloud storage (the odd ones): demo.ts.
    const freephone = await all({ f: { serviceKind: 'FREEPHONE' } });
    expect(freephone.map((n) => n.id).sort()).toEqual([a.accounts[0].id, a.accounts[10].id].sort());
    const storage = await all({ f: { serviceKind: 'CLOUD_STORAGE', groupId: a.groups[1].id } });
    expect(storage.map((n) => n.id).sort()).toEqual([a.accounts[5].id, a.accounts[15].id].sort());

    const debtor = a.accounts[3];
    const charged = await system.query(
      'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { balance { amount } } }',
      {
        i: {
          accountId: debtor.id,
          kind: 'CHARGE',
          amount: '999999.00',
          description: 'Долг',
          idempotencyKey: 'list-debt-1',
        },
      },
      operator,
    );
    expect(charged.errors).toBeUndefined();
    await eventually(
      async () => (await list({ f: { hasDebt: true } })).edges.some((e) => e.node.id === debtor.id),
      'the new debtor is listed as one',
    );
    const debtors = await all({ f: { hasDebt: true } });
    expect(debtors.every((n) => Number(n.balance.amount) < 0)).toBe(true);
    const clear = await all({ f: { hasDebt: false } });
    expect(clear.every((n) => Number(n.balance.amount) >= 0)).toBe(true);
    expect(debtors.length + clear.length).toBe(20);
  });

  it('sorts by balance both ways and pages through the whole list, each account once', async () => {
    const ascending = await all({ o: { field: 'BALANCE' } });
    expect(ascending).toHaveLength(20);
    const amounts = ascending.map((n) => Number(n.balance.amount));
    expect(amounts).toEqual([...amounts].sort((x, y) => x - y));
    expect(amounts[0]).toBeLessThan(-900_000); // the debtor first
    const descending = await all({ o: { field: 'BALANCE', direction: 'DESC' } });
    expect(descending.map((n) => n.id)).toEqual(ascending.map((n) => n.id).reverse());
    const byName = await all({ o: { field: 'NAME' } });
    expect(new Set(byName.map((n) => n.id)).size).toBe(20);
    const made = await system.query(
      LIST,
      { id: a.id, o: { field: 'BALANCE' }, after: Buffer.from('["x","y"]').toString('base64url') },
      admin,
    );
    expect(made.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('reads a page in the same statements whatever its size or the company’s', async () => {
    const PAGE = `query ($id: ID!, $first: Int) { company(id: $id) { personalAccounts(filter: { search: "ул" },
      orderBy: { field: BALANCE }, first: $first) { totalCount edges { node { number groupPath { name } } } } } }`;
    const statements = async (first: number) => {
      const before = system.subgraphs.accounts.db.statements.count;
      const page = await system.query<Page>(PAGE, { id: a.id, first }, admin);
      expect(page.data?.company.personalAccounts.edges).toHaveLength(first);
      return system.subgraphs.accounts.db.statements.count - before;
    };
    // The company, the page, its count, the accounts' paths, their groups.
    expect([await statements(3), await statements(20)]).toEqual([5, 5]);
  });
});
