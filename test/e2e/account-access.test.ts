import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { liveBalancesSeen, postPayment } from '../src/live-balances';
import { type RunningSystem, startSystem } from '../src/system';

const ACCOUNTS = `{ me { accountIds company { personalAccounts(first: 10) { totalCount edges { node { id number balance { amount } } } } } } }`;
interface Accounts {
  me: {
    accountIds: string[] | null;
    company: { personalAccounts: { totalCount: number; edges: { node: { id: string; number: string } }[] } };
  };
}

describe('a user limited to some personal accounts sees only them, in every subgraph', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 3 }]);
  const [a] = plan.companies;
  const [mine, other] = a.accounts;
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let viewerId: string;
  beforeAll(async () => {
    system = await startSystem(plan);
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('limits the accounts, balances, entries and live events a viewer gets', async () => {
    const invited = await system.query<{ inviteUser: { user: { id: string; accountIds: string[] } } }>(
      `mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id accountIds } } }`,
      {
        i: {
          login: 'a-branch-viewer',
          fullName: 'Филиал',
          role: 'VIEWER',
          email: 'branch@a.example',
          delivery: 'EMAIL',
          accountIds: [mine.id],
        },
      },
      admin,
    );
    expect(invited.data?.inviteUser.user.accountIds).toEqual([mine.id]);
    viewerId = invited.data?.inviteUser.user.id as string;
    const viewer = await system.signInInvited('a-branch-viewer', 'branch@a.example', 'Branch-viewer-2026');

    const seen = await system.query<Accounts>(ACCOUNTS, {}, viewer);
    expect(seen.data?.me.accountIds).toEqual([mine.id]);
    expect(seen.data?.me.company.personalAccounts.totalCount).toBe(1);
    expect(seen.data?.me.company.personalAccounts.edges.map((e) => e.node.number)).toEqual([mine.number]);
    const direct = await system.query(`{ personalAccount(id: "${other.id}") { number } }`, {}, viewer);
    expect(direct.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const [entry] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT id FROM ledger_entries WHERE account_id = $1 LIMIT 1',
      [other.id],
    );
    const ledger = await system.query(`{ ledgerEntry(id: "${entry.id}") { description } }`, {}, viewer);
    expect(ledger.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const live = await liveBalancesSeen(system, { viewer, staff: operator }, other.id, [other.id, mine.id]);
    expect(live.refusal).toMatch(/not found/i);
    expect(live.seen).toEqual([mine.id]);
  });

  it('lifts the limit when the administrator says so; the viewer signs in again to get it', async () => {
    const lifted = await system.query(
      `mutation { setUserAccounts(userId: "${viewerId}", accountIds: null) { accountIds } }`,
      {},
      admin,
    );
    expect(lifted.data).toEqual({ setUserAccounts: { accountIds: null } });
    const bad = await system.query(
      `mutation { setUserAccounts(userId: "${a.admin.id}", accountIds: ["${mine.id}"]) { id } }`,
      {},
      admin,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED'); // not oneself
    const token = await system.login('a-branch-viewer', 'Branch-viewer-2026');
    const seen = await system.query<Accounts>(ACCOUNTS, {}, token);
    expect(seen.data?.me.company.personalAccounts.totalCount).toBe(3);
  });

  it('does not share a live subscription between sessions of one user that reach different accounts', async () => {
    // An older session still carries the whole company; a newer one was signed in with a list.
    const sessionOf = async (accountIds?: string[]) =>
      (await system.signToken({ userId: viewerId, companyId: a.id, role: 'VIEWER', accountIds })).token;
    const LIVE = 'subscription { balanceChanged(companyWide: true) { sequence } }';
    const wide = system.socket(await sessionOf()).subscribe<{ balanceChanged: { sequence: number } }>(LIVE);
    const narrow = system
      .socket(await sessionOf([mine.id]))
      .subscribe<{ balanceChanged: { sequence: number } }>(LIVE);
    const seenBy = (live: typeof wide) => live.results.map((r) => r.data?.balanceChanged.sequence);
    // Live-only subscriptions start when they start: pay into the listed account until both see a payment.
    let probes = 0;
    await eventually(async () => {
      const sequence = await postPayment(system, operator, mine.id, `shared-probe-${probes++}`);
      await new Promise((r) => setTimeout(r, 200));
      return seenBy(wide).includes(sequence) && seenBy(narrow).includes(sequence);
    }, 'both sessions receive a payment');
    const toOther = await postPayment(system, operator, other.id, 'shared-other');
    const toMine = await postPayment(system, operator, mine.id, 'shared-mine');
    // Events arrive in order: once both have the last payment, the one before it has come or never will.
    await eventually(
      () => seenBy(wide).includes(toMine) && seenBy(narrow).includes(toMine),
      'the last payment',
    );
    expect(seenBy(wide)).toContain(toOther);
    expect(seenBy(narrow)).not.toContain(toOther);
  });
});
