import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { AccountTree1765000000001 } from '../src/data/migrations/1765000000001-account-tree';
import { subgraph } from '../src/server';

const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 6 }]);
const [a] = plan.companies;
const admin: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ADMIN' };

const CREATE = 'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }';
const MOVE = 'mutation ($i: MoveAccountsToGroupInput!) { moveAccountsToGroup(input: $i) { group { id } } }';
const NUMBERS = `query ($id: ID!) { company(id: $id) { accountGroups { id } personalAccounts(first: 100) {
  totalCount edges { node { number } } } } }`;

interface Created {
  createAccountGroup: { group: { id: string } };
}

interface TreeRow {
  id: string;
  kind: string;
  groups: string[];
}

describe('accounts: the tree of groups and the copy access lists are checked against', () => {
  let accounts: RunningSubgraph;
  const chain: string[] = [];
  beforeAll(async () => {
    accounts = await startSubgraph(subgraph, plan);
  });
  afterAll(() => accounts?.stop());

  const treeRows = async (): Promise<TreeRow[]> =>
    accounts.db.dataSource.query('SELECT id, kind, groups::text[] AS groups FROM account_tree ORDER BY id');

  it('nests groups ten deep and no deeper, each with its whole path', async () => {
    let parentId: string | null = null;
    for (let depth = 1; depth <= 10; depth++) {
      const variables = { i: { name: `Уровень ${depth}`, parentId } };
      const created = await accounts.call<Created>(CREATE, variables, admin);
      expect(created.errors).toBeUndefined();
      parentId = created.data?.createAccountGroup.group.id as string;
      chain.push(parentId);
    }
    const tooDeep = await accounts.call(CREATE, { i: { name: 'Уровень 11', parentId } }, admin);
    expect(tooDeep.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const [deepest] = (await treeRows()).filter((row) => row.id === chain[9]);
    expect(deepest).toEqual({ id: chain[9], kind: 'GROUP', groups: chain });
  });

  it('publishes each change with the full path, so copies need nothing else', async () => {
    const moved = await accounts.call(
      MOVE,
      { i: { accountIds: [a.accounts[5].id], groupId: chain[9] } },
      admin,
    );
    expect(moved.errors).toBeUndefined();
    const [event] = await accounts.db.dataSource.query(
      "SELECT payload FROM outbox WHERE type = 'PersonalAccountsMoved' ORDER BY id DESC LIMIT 1",
    );
    expect(event.payload).toEqual({
      companyId: a.id,
      accountIds: [a.accounts[5].id],
      groupId: chain[9],
      groups: chain,
    });
    const [created] = await accounts.db.dataSource.query(
      "SELECT payload FROM outbox WHERE type = 'AccountGroupCreated' AND payload->>'groupId' = $1",
      [chain[1]],
    );
    expect(created.payload).toMatchObject({ parentId: chain[0], groups: chain.slice(0, 2) });
  });

  it('shows a user limited to a group the accounts and groups below it, however deep', async () => {
    const limited: Viewer = { ...admin, role: 'VIEWER', groupIds: [chain[4]] };
    const seen = await accounts.call<{
      company: { accountGroups: { id: string }[]; personalAccounts: { totalCount: number } };
    }>(NUMBERS, { id: a.id }, limited);
    expect(seen.data?.company.accountGroups.map((g) => g.id).sort()).toEqual(chain.slice(4).sort());
    expect(seen.data?.company.personalAccounts.totalCount).toBe(1);
    const mixed: Viewer = { ...limited, accountIds: [a.accounts[0].id] };
    const both = await accounts.call<{ company: { personalAccounts: { totalCount: number } } }>(
      NUMBERS,
      { id: a.id },
      mixed,
    );
    expect(both.data?.company.personalAccounts.totalCount).toBe(2);
  });

  it('builds the same copy from its tables as the changes wrote (the migration for existing data)', async () => {
    const written = await treeRows();
    const runner = accounts.db.dataSource.createQueryRunner();
    try {
      await runner.startTransaction();
      await runner.query('DELETE FROM account_tree');
      await runner.query('DROP INDEX account_groups_sibling_name');
      await new AccountTree1765000000001().up(runner);
      const rebuilt: TreeRow[] = await runner.query(
        'SELECT id, kind, groups::text[] AS groups FROM account_tree ORDER BY id',
      );
      expect(rebuilt).toEqual(written);
      expect(written.filter((row) => row.kind === 'ACCOUNT')).toHaveLength(6);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });
});
