import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const CREATE = 'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }';
const MOVE_ACCOUNTS =
  'mutation ($i: MoveAccountsToGroupInput!) { moveAccountsToGroup(input: $i) { group { id } } }';
const MOVE_GROUP =
  'mutation ($i: MoveAccountGroupInput!) { moveAccountGroup(input: $i) { group { name position path { name } } } }';
const RENAME = 'mutation ($i: RenameAccountGroupInput!) { renameAccountGroup(input: $i) { group { name } } }';
const DELETE = 'mutation ($i: DeleteAccountGroupInput!) { deleteAccountGroup(input: $i) { deletedGroupId } }';
const TREE = `{ me { company { accountGroups { name position parent { name } }
  personalAccounts(first: 10) { edges { node { id groupPath { name } balance { amount } } } } } } }`;

interface Tree {
  me: {
    company: {
      accountGroups: { name: string; position: number; parent: { name: string } | null }[];
      personalAccounts: { edges: { node: { id: string; groupPath: { name: string }[] } }[] };
    };
  };
}

const fieldOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.[0]?.field;

describe('the group tree rearranged: rename, re-parent without cycles, delete moving contents up, order', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 4 },
    { key: 'b', name: 'ООО «Б»', accounts: 1 },
  ]);
  const [a, b] = plan.companies;
  const [headOffice, branch] = a.groups; // accounts 0 and 2 in the head office, 1 and 3 in the branch
  const [, acc1, , acc3] = a.accounts;
  let system: RunningSystem;
  let admin: string;
  let viewer: string;
  let region: string;
  let sales: string;

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  const create = async (name: string, parentId?: string) =>
    (
      await system.query<{ createAccountGroup: { group: { id: string } } }>(
        CREATE,
        { i: { name, parentId } },
        admin,
      )
    ).data?.createAccountGroup.group.id as string;
  /** Waits until billing, catalog and identity hold the node at this path. */
  const copiesHave = async (id: string, groups: string[] | null) => {
    for (const name of ['billing', 'catalog', 'identity'] as const) {
      await eventually(async () => {
        const [row] = await system.subgraphs[name].db.dataSource.query(
          'SELECT groups::text[] AS groups FROM account_tree WHERE id = $1',
          [id],
        );
        return JSON.stringify(row?.groups ?? null) === JSON.stringify(groups);
      }, `${name} follows the tree change of ${id}`);
    }
  };
  const seenBy = async (token: string) => {
    const tree = await system.query<Tree>(TREE, {}, token);
    expect(tree.errors).toBeUndefined();
    return tree.data?.me.company as Tree['me']['company'];
  };

  it('builds three levels and shows a viewer limited to the branch what is below it', async () => {
    sales = await create('Отдел продаж', branch.id);
    const team = await create('Группа 1', sales);
    await system.query(MOVE_ACCOUNTS, { i: { accountIds: [acc3.id], groupId: team } }, admin);
    region = await create('Поволжье');
    await copiesHave(acc3.id, [branch.id, sales, team]);
    const invited = await system.query(
      'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
      {
        i: {
          login: 'a-branch',
          fullName: 'Филиал',
          role: 'VIEWER',
          email: 'branch@a.example',
          delivery: 'EMAIL',
          groupIds: [branch.id],
        },
      },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    viewer = await system.signInInvited('a-branch', 'branch@a.example', 'Branch-viewer-2026');
    const seen = await seenBy(viewer);
    expect(seen.personalAccounts.edges.map((e) => e.node.id).sort()).toEqual([acc1.id, acc3.id].sort());
    expect(
      seen.personalAccounts.edges.find((e) => e.node.id === acc3.id)?.node.groupPath.map((g) => g.name),
    ).toEqual(['Филиал, Казань', 'Отдел продаж', 'Группа 1']);
  });

  it('moves a group with everything below it; every copy of the tree and every limited view follow', async () => {
    const moved = await system.query(
      MOVE_GROUP,
      { i: { groupId: sales, parentId: region, position: 0 } },
      admin,
    );
    expect(moved.data).toEqual({
      moveAccountGroup: {
        group: { name: 'Отдел продаж', position: 0, path: [{ name: 'Поволжье' }, { name: 'Отдел продаж' }] },
      },
    });
    const team = (
      await system.subgraphs.accounts.db.dataSource.query(
        "SELECT id FROM account_groups WHERE name = 'Группа 1'",
      )
    )[0].id;
    await copiesHave(team, [region, sales, team]);
    await copiesHave(acc3.id, [region, sales, team]);
    // The branch's viewer no longer reaches the account that left the branch, in accounts or billing.
    const seen = await seenBy(viewer);
    expect(seen.personalAccounts.edges.map((e) => e.node.id)).toEqual([acc1.id]);
    const balance = await system.query(
      `{ personalAccount(id: "${acc3.id}") { balance { amount } } }`,
      {},
      viewer,
    );
    expect(balance.data?.personalAccount ?? null).toBeNull();
  });

  it('refuses a loop, a name beside its twin, another company’s group and a non-empty delete, changing nothing', async () => {
    const loop = await system.query(MOVE_GROUP, { i: { groupId: region, parentId: sales } }, admin);
    expect([loop.errors?.[0].extensions?.code, fieldOf(loop)]).toEqual(['BAD_USER_INPUT', 'parentId']);
    const itself = await system.query(MOVE_GROUP, { i: { groupId: region, parentId: region } }, admin);
    expect(fieldOf(itself)).toBe('parentId');
    const twin = await system.query(
      RENAME,
      { i: { groupId: region, name: headOffice.name.toUpperCase() } },
      admin,
    );
    expect([twin.errors?.[0].extensions?.code, fieldOf(twin)]).toEqual(['BAD_USER_INPUT', 'name']);
    const foreign = await system.query(RENAME, { i: { groupId: b.groups[0].id, name: 'Чужая' } }, admin);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const full = await system.query(DELETE, { i: { groupId: region } }, admin);
    expect(full.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'groupId' }],
    });
    const [{ path }] = await system.subgraphs.accounts.db.dataSource.query(
      'SELECT groups::text[] AS path FROM account_tree WHERE id = $1',
      [acc3.id],
    );
    expect(path[0]).toBe(region);
  });

  it('renames, deletes moving the contents up, and keeps the order the company set', async () => {
    const renamed = await system.query(RENAME, { i: { groupId: region, name: 'Регион Поволжье' } }, admin);
    expect(renamed.data).toEqual({ renameAccountGroup: { group: { name: 'Регион Поволжье' } } });
    const deleted = await system.query(DELETE, { i: { groupId: region, moveContentsToParent: true } }, admin);
    expect(deleted.data).toEqual({ deleteAccountGroup: { deletedGroupId: region } });
    await copiesHave(region, null);
    await copiesHave(sales, [sales]);
    const team = (
      await system.subgraphs.accounts.db.dataSource.query(
        "SELECT id FROM account_groups WHERE name = 'Группа 1'",
      )
    )[0].id;
    await copiesHave(acc3.id, [sales, team]);

    await system.query(MOVE_GROUP, { i: { groupId: sales, position: 0 } }, admin);
    const tops = (await seenBy(admin)).accountGroups
      .filter((g) => !g.parent)
      .map((g) => [g.name, g.position]);
    expect(tops).toEqual([
      ['Отдел продаж', 0],
      [headOffice.name, 1],
      [branch.name, 2],
    ]);
  });

  it('totals every group over its accounts and subgroups, the whole tree in one statement per subgraph', async () => {
    const PERIOD = '{ from: "2026-01-01", to: "2026-12-31" }';
    const TOTALS = `{ me { company {
      accountGroups { id balanceTotal { amount } amountDue { amount } serviceCounts { kind count }
        expenses(period: ${PERIOD}) { amount { amount } } }
      expenses(period: ${PERIOD}, groupBy: ACCOUNT) { account { id } amount { amount } }
      personalAccounts(first: 10) { edges { node { id balance { amount } groupPath { id } services { id } } } } } } }`;
    interface Totals {
      me: {
        company: {
          accountGroups: {
            id: string;
            balanceTotal: { amount: string };
            amountDue: { amount: string };
            serviceCounts: { kind: string; count: number }[];
            expenses: { amount: { amount: string } }[];
          }[];
          expenses: { account: { id: string }; amount: { amount: string } }[];
          personalAccounts: {
            edges: {
              node: {
                id: string;
                balance: { amount: string };
                groupPath: { id: string }[];
                services: { id: string }[];
              };
            }[];
          };
        };
      };
    }
    const counts = () => ({
      billing: system.subgraphs.billing.db.statements.count,
      catalog: system.subgraphs.catalog.db.statements.count,
    });
    const before = counts();
    const result = await system.query<Totals>(TOTALS, {}, admin);
    const after = counts();
    expect(result.errors).toBeUndefined();
    const company = result.data?.me.company as Totals['me']['company'];
    const cents = (amount: string) => Math.round(Number(amount) * 100);
    const accounts = company.personalAccounts.edges.map((e) => e.node);
    const charged = new Map(company.expenses.map((b) => [b.account.id, cents(b.amount.amount)]));
    expect(company.accountGroups.length).toBe(4);
    for (const group of company.accountGroups) {
      const inside = accounts.filter((acc) => acc.groupPath.some((g) => g.id === group.id));
      const sum = (f: (acc: (typeof accounts)[number]) => number) =>
        inside.reduce((total, acc) => total + f(acc), 0);
      expect(cents(group.balanceTotal.amount)).toBe(sum((acc) => cents(acc.balance.amount)));
      expect(cents(group.amountDue.amount)).toBe(sum((acc) => Math.max(0, -cents(acc.balance.amount))));
      expect(group.serviceCounts.reduce((total, c) => total + c.count, 0)).toBe(
        sum((acc) => acc.services.length),
      );
      expect(group.expenses.reduce((total, b) => total + cents(b.amount.amount), 0)).toBe(
        sum((acc) => charged.get(acc.id) ?? 0),
      );
    }
    // Group totals: one statement in billing for balances and debts, one for charges; one in catalog.
    // (The accounts' balances and the company's expenses are theirs.)
    // Billing: the accounts' balances, the company's expenses, the groups' totals, the groups' charges; catalog: the
    // accounts' services, the groups' service counts. One each, whatever the size of the tree.
    expect([after.billing - before.billing, after.catalog - before.catalog]).toEqual([4, 2]);

    // The branch's viewer: the branch's total is of the one account left in it.
    const limited = await system.query<Totals>(
      '{ me { company { accountGroups { id balanceTotal { amount } } personalAccounts(first: 10) { edges { node { id balance { amount } } } } } } }',
      {},
      viewer,
    );
    const branchTotal = limited.data?.me.company.accountGroups.find((g) => g.id === branch.id)?.balanceTotal
      .amount;
    const only = limited.data?.me.company.personalAccounts.edges.map((e) => e.node) ?? [];
    expect(only.map((acc) => acc.id)).toEqual([acc1.id]);
    expect(branchTotal).toBe(only[0].balance.amount);
  });
});
