import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { liveBalancesSeen, postPayment } from '../src/live-balances';
import { type RunningSystem, startSystem } from '../src/system';

const SEEN = `{ me { accountIds groupIds company {
  accountGroups { name parent { name } }
  personalAccounts(first: 10) { totalCount edges { node { id group { name } balance { amount } services { id } } } }
} } }`;
/** What a branch's dashboard reads from every subgraph, one loader per field (so batching is deterministic). */
const DASHBOARD = `{ me { company { personalAccounts(first: 10) { totalCount edges { node {
  id group { name } balance { amount } services { tariff { name } } } } } } } }`;

interface Seen {
  me: {
    accountIds: string[] | null;
    groupIds: string[] | null;
    company: {
      accountGroups: { name: string; parent: { name: string } | null }[];
      personalAccounts: {
        totalCount: number;
        edges: { node: { id: string; group: { name: string } | null; services: { id: string }[] } }[];
      };
    };
  };
}

/** The first input field an error names (BAD_USER_INPUT lists them). */
const fieldOf = (result: { errors?: readonly { extensions?: Record<string, unknown> }[] }) =>
  (result.errors?.[0].extensions?.fields as { field: string }[] | undefined)?.[0]?.field;

const CREATE_GROUP =
  'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id name parent { id } } } }';
const MOVE =
  'mutation ($i: MoveAccountsToGroupInput!) { moveAccountsToGroup(input: $i) { accounts { id group { name } } group { name } } }';
const INVITE =
  'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id accountIds groupIds } } }';

describe('access lists naming groups: every account below the group, however deep, wherever it is read', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 4 },
    { key: 'b', name: 'ООО «Б»', accounts: 2 },
  ]);
  const [a, b] = plan.companies;
  // Demo groups: accounts 0 and 2 are in the head office, 1 and 3 in the Kazan branch.
  const [headOffice, branch] = a.groups;
  const [acc0, acc1, acc2, acc3] = a.accounts;
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let salesId: string;
  let viewer: string;

  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  /** Waits until billing, catalog and identity have the account tree change accounts published. */
  const projectionsHave = async (id: string, groups: string[]) => {
    for (const name of ['billing', 'catalog', 'identity'] as const) {
      await eventually(async () => {
        const [row] = await system.subgraphs[name].db.dataSource.query(
          'SELECT groups::text[] AS groups FROM account_tree WHERE id = $1',
          [id],
        );
        return JSON.stringify(row?.groups) === JSON.stringify(groups);
      }, `${name} gets the tree change of ${id}`);
    }
  };

  it('builds a subgroup and moves an account into it (administrator)', async () => {
    const created = await system.query<{
      createAccountGroup: { group: { id: string; parent: { id: string } } };
    }>(CREATE_GROUP, { i: { name: 'Отдел продаж', parentId: branch.id } }, admin);
    expect(created.errors).toBeUndefined();
    expect(created.data?.createAccountGroup.group.parent.id).toBe(branch.id);
    salesId = created.data?.createAccountGroup.group.id as string;

    const moved = await system.query(MOVE, { i: { accountIds: [acc3.id], groupId: salesId } }, admin);
    expect(moved.data).toEqual({
      moveAccountsToGroup: {
        accounts: [{ id: acc3.id, group: { name: 'Отдел продаж' } }],
        group: { name: 'Отдел продаж' },
      },
    });
    await projectionsHave(acc3.id, [branch.id, salesId]);
  });

  it('refuses bad trees and moves, naming the field, and changes nothing', async () => {
    const refusals: [string, Record<string, unknown>, string, string?][] = [
      [CREATE_GROUP, { i: { name: '  ' } }, 'BAD_USER_INPUT', 'name'],
      [CREATE_GROUP, { i: { name: 'отдел ПРОДАЖ', parentId: branch.id } }, 'BAD_USER_INPUT', 'name'],
      [CREATE_GROUP, { i: { name: 'Чужой', parentId: b.groups[0].id } }, 'NOT_FOUND'],
      [MOVE, { i: { accountIds: [] } }, 'BAD_USER_INPUT', 'accountIds'],
      [MOVE, { i: { accountIds: [acc0.id, acc0.id] } }, 'BAD_USER_INPUT', 'accountIds'],
      [MOVE, { i: { accountIds: [acc0.id], groupId: b.groups[0].id } }, 'NOT_FOUND'],
      [MOVE, { i: { accountIds: [acc0.id, b.accounts[0].id], groupId: salesId } }, 'NOT_FOUND'],
      [MOVE, { i: { accountIds: ['not-an-id'], groupId: salesId } }, 'NOT_FOUND'],
    ];
    for (const [query, variables, code, field] of refusals) {
      const result = await system.query(query, variables, admin);
      expect({
        variables,
        code: result.errors?.[0].extensions?.code,
        field: fieldOf(result),
      }).toEqual({
        variables,
        code,
        field,
      });
    }
    const staffWithoutCompany = await system.query(CREATE_GROUP, { i: { name: 'Новый' } }, operator);
    expect([staffWithoutCompany.errors?.[0].extensions?.code, fieldOf(staffWithoutCompany)]).toEqual([
      'BAD_USER_INPUT',
      'companyId',
    ]);
    const [{ n }] = await system.subgraphs.accounts.db.dataSource.query(
      'SELECT count(*)::int AS n FROM personal_accounts WHERE group_id = $1',
      [salesId],
    );
    expect(n).toBe(1);
  });

  it("refuses access lists naming what is not the company's, naming the entry", async () => {
    const base = { login: 'a-bad', fullName: 'Х', role: 'VIEWER', email: 'bad@a.example', delivery: 'EMAIL' };
    const cases: [Record<string, unknown>, string][] = [
      [{ groupIds: [b.groups[0].id] }, 'groupIds.0'],
      [{ accountIds: [acc0.id, b.accounts[0].id] }, 'accountIds.1'],
      [{ groupIds: [acc0.id] }, 'groupIds.0'], // an account is not a group
      [{ accountIds: [], groupIds: [] }, 'accountIds'],
      [{ role: 'ADMIN', groupIds: [branch.id] }, 'groupIds'],
    ];
    for (const [input, field] of cases) {
      const result = await system.query(INVITE, { i: { ...base, ...input } }, admin);
      expect([result.errors?.[0].extensions?.code, fieldOf(result)]).toEqual(['BAD_USER_INPUT', field]);
    }
    const [{ n }] = await system.subgraphs.identity.db.dataSource.query(
      "SELECT count(*)::int AS n FROM users WHERE login = 'a-bad'",
    );
    expect(n).toBe(0);
  });

  it('accepts a group created a moment ago, before identity has heard of it', async () => {
    // Hold identity's copy of the tree back: its consumer skips a locked position row.
    const hold = system.subgraphs.identity.db.dataSource.createQueryRunner();
    await hold.startTransaction();
    await hold.query("SELECT 1 FROM outbox_positions WHERE consumer = 'identity.account-tree' FOR UPDATE");
    const created = await system.query<{ createAccountGroup: { group: { id: string } } }>(
      CREATE_GROUP,
      { i: { name: 'Новый филиал' } },
      admin,
    );
    const fresh = created.data?.createAccountGroup.group.id as string;
    const invited = system.query<{ inviteUser: { user: { groupIds: string[] } } }>(
      INVITE,
      {
        i: {
          login: 'a-new-branch',
          fullName: 'Новый филиал',
          role: 'ACCOUNTANT',
          email: 'new-branch@a.example',
          delivery: 'EMAIL',
          groupIds: [fresh],
        },
      },
      admin,
    );
    await new Promise((r) => setTimeout(r, 300));
    await hold.commitTransaction();
    await hold.release();
    const answer = await invited;
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.inviteUser.user.groupIds).toEqual([fresh]);
  });

  it('shows a viewer limited to the branch its accounts, subgroup included, in every subgraph', async () => {
    const invited = await system.query<{
      inviteUser: { user: { accountIds: string[]; groupIds: string[] } };
    }>(
      INVITE,
      {
        i: {
          login: 'a-kazan',
          fullName: 'Казань',
          role: 'VIEWER',
          email: 'kazan@a.example',
          delivery: 'EMAIL',
          groupIds: [branch.id],
        },
      },
      admin,
    );
    expect(invited.data?.inviteUser.user).toMatchObject({ accountIds: [], groupIds: [branch.id] });
    viewer = await system.signInInvited('a-kazan', 'kazan@a.example', 'Kazan-viewer-2026');

    const seen = await system.query<Seen>(SEEN, {}, viewer);
    expect(seen.errors).toBeUndefined();
    const { company } = (seen.data as Seen).me;
    expect(company.accountGroups).toEqual([
      { name: 'Отдел продаж', parent: { name: branch.name } },
      { name: branch.name, parent: null },
    ]);
    expect(company.personalAccounts.totalCount).toBe(2);
    const edges = company.personalAccounts.edges.map((e) => e.node);
    expect(edges.map((n) => n.id)).toEqual([acc1.id, acc3.id]);
    // Services come from catalog, which learned of the subgroup from accounts' events.
    for (const node of edges) expect(node.services.length).toBeGreaterThan(0);

    const direct = await system.query(`{ personalAccount(id: "${acc0.id}") { number } }`, {}, viewer);
    expect(direct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const entryOf = async (accountId: string) =>
      (
        await system.subgraphs.billing.db.dataSource.query(
          'SELECT id FROM ledger_entries WHERE account_id = $1 LIMIT 1',
          [accountId],
        )
      )[0].id;
    const hidden = await system.query(`{ ledgerEntry(id: "${await entryOf(acc0.id)}") { id } }`, {}, viewer);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const shown = await system.query(`{ ledgerEntry(id: "${await entryOf(acc3.id)}") { id } }`, {}, viewer);
    expect(shown.errors).toBeUndefined();
  });

  it('costs a limited viewer the same SQL statements per subgraph however many accounts the group holds', async () => {
    const statementsFor = async (token: string) => {
      const names = Object.keys(system.subgraphs) as (keyof RunningSystem['subgraphs'])[];
      const before = names.map((n) => system.subgraphs[n].db.statements.count);
      const result = await system.query(DASHBOARD, {}, token);
      expect(result.errors).toBeUndefined();
      return Object.fromEntries(
        names.map((n, i) => [n, system.subgraphs[n].db.statements.count - before[i]]),
      );
    };
    const withTwo = await statementsFor(viewer);
    const headOfficeAccounts = [a.accounts[0].id, a.accounts[2].id];
    await system.query(MOVE, { i: { accountIds: headOfficeAccounts, groupId: branch.id } }, admin);
    await projectionsHave(a.accounts[2].id, [branch.id]);
    const withFour = await statementsFor(viewer);
    await system.query(MOVE, { i: { accountIds: headOfficeAccounts, groupId: headOffice.id } }, admin);
    await projectionsHave(a.accounts[2].id, [headOffice.id]);
    expect(withFour).toEqual(withTwo);
    expect(withTwo).toMatchObject({ billing: 1, catalog: 2 }); // balances; services, then their tariffs
  });

  it('delivers live events of the accounts below the group only', async () => {
    const live = await liveBalancesSeen(system, { viewer, staff: operator }, acc0.id, [acc0.id, acc3.id]);
    expect(live.refusal).toMatch(/not found/i);
    expect(live.seen).toEqual([acc3.id]);
  });

  it('keeps a running live subscription in step with accounts moved in and out of the group', async () => {
    const socket = system.socket(viewer);
    try {
      const live = socket.subscribe<{ balanceChanged: { account: { id: string } } }>(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { account { id } } }',
        { after: await system.streamHead(a.id) },
      );
      await system.query(MOVE, { i: { accountIds: [acc2.id], groupId: branch.id } }, admin);
      await projectionsHave(acc2.id, [branch.id]);
      await postPayment(system, operator, acc2.id, 'follow-moves-1');
      await live.waitFor(1);
      await system.query(MOVE, { i: { accountIds: [acc2.id], groupId: headOffice.id } }, admin);
      await projectionsHave(acc2.id, [headOffice.id]);
      await postPayment(system, operator, acc2.id, 'follow-moves-2');
      await postPayment(system, operator, acc1.id, 'follow-moves-3'); // the marker: a leak would come before it
      await live.waitFor(2);
      expect(live.results.map((r) => r.data?.balanceChanged.account.id)).toEqual([acc2.id, acc1.id]);
    } finally {
      await socket.client.dispose();
    }
  });

  it('follows moves at once, without signing in again', async () => {
    const out = await system.query(
      MOVE,
      { i: { accountIds: [acc3.id, acc0.id], groupId: headOffice.id } },
      admin,
    );
    expect(out.errors).toBeUndefined();
    await projectionsHave(acc3.id, [headOffice.id]);
    const seen = await system.query<Seen>(SEEN, {}, viewer);
    expect(seen.data?.me.company.personalAccounts.edges.map((e) => e.node.id)).toEqual([acc1.id]);
    const [entry] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT id FROM ledger_entries WHERE account_id = $1 LIMIT 1',
      [acc3.id],
    );
    const hidden = await system.query(`{ ledgerEntry(id: "${entry.id}") { id } }`, {}, viewer);
    expect(hidden.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('files the tree changes in the action archive', async () => {
    const expected = [
      'accounts.createAccountGroup OK',
      'accounts.moveAccountsToGroup OK',
      'accounts.moveAccountsToGroup NOT_FOUND',
    ];
    let actions: string[] = [];
    // The archive is filled in the background.
    await eventually(async () => {
      const archive = await system.query<{
        auditLog: { edges: { node: { action: string; outcome: string } }[] };
      }>('{ auditLog(first: 100) { edges { node { action outcome } } } }', {}, admin);
      actions = archive.data?.auditLog.edges.map((e) => `${e.node.action} ${e.node.outcome}`) ?? [];
      return expected.every((e) => actions.includes(e));
    }, 'the tree changes in the archive');
    expect(actions).toEqual(expect.arrayContaining(expected));
  });
  it('refills every copy of the tree when the demo seed runs again over older data, leaving moves alone', async () => {
    // As after an upgrade: the copy is new and empty while the users, accounts and ledgers already exist.
    for (const name of ['accounts', 'billing', 'catalog', 'identity'] as const) {
      const { db, definition } = system.subgraphs[name];
      await db.dataSource.query('DELETE FROM account_tree WHERE id = ANY($1)', [[branch.id, acc1.id]]);
      await definition.seed?.(db.dataSource, plan);
      const rows: { id: string; groups: string[] }[] = await db.dataSource.query(
        'SELECT id, groups::text[] AS groups FROM account_tree WHERE id = ANY($1) ORDER BY id',
        [[branch.id, acc1.id, acc3.id]],
      );
      const expected = [
        { id: branch.id, groups: [branch.id] },
        { id: acc1.id, groups: [branch.id] },
        { id: acc3.id, groups: [headOffice.id] }, // moved since the seed: stays moved
      ].sort((x, y) => x.id.localeCompare(y.id));
      expect({ name, rows }).toEqual({ name, rows: expected });
    }
  });
});
