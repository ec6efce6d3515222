// A blocked or demoted administrator loses their power at once, not when their access token expires
// (issue 9): identity re-reads the acting user inside every change to users, roles, access lists, passwords,
// contacts and sessions, and every gateway refuses the tokens of ended sessions within seconds everywhere.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const INVITE = 'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id role } } }';
const ROLE = 'mutation ($u: ID!, $r: Role!) { changeUserRole(userId: $u, role: $r) { id role } }';
const BLOCK = 'mutation ($u: ID!) { blockUser(userId: $u) { id blocked } }';
const GROUP = 'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }';

describe('a blocked or demoted administrator', () => {
  const plan = demoPlan([{ key: 'alpha', name: 'ООО «Альфа»', accounts: 2 }]);
  const [alpha] = plan.companies;
  let system: RunningSystem;
  let owner: string;

  /** A second administrator of alpha, signed in: their id and access token. */
  const secondAdmin = async (login: string) => {
    const invited = await system.query<{ inviteUser: { user: { id: string } } }>(
      INVITE,
      {
        i: {
          login,
          fullName: 'Второй Администратор',
          role: 'ADMIN',
          email: `${login}@a.example`,
          delivery: 'EMAIL',
        },
      },
      owner,
    );
    const id = invited.data?.inviteUser.user.id as string;
    return { id, token: await system.signInInvited(login, `${login}@a.example`, 'Second-admin-2026') };
  };
  const usersOf = async () => {
    const rows: { login: string; role: string }[] = await system.subgraphs.identity.db.dataSource.query(
      'SELECT login, role FROM users WHERE company_id = $1 ORDER BY login',
      [alpha.id],
    );
    return rows;
  };

  beforeAll(async () => {
    system = await startSystem(plan);
    owner = await system.login(alpha.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('once blocked, can neither create an admin nor demote the other one, at once', async () => {
    const rogue = await secondAdmin('a-rogue');
    const socket = system.socket(rogue.token);
    await socket.connected;
    const blocked = await system.query(BLOCK, { u: rogue.id }, owner);
    expect(blocked.errors).toBeUndefined();
    const before = await usersOf();

    const invite = await system.query(
      INVITE,
      {
        i: {
          login: 'a-puppet',
          fullName: 'Марионетка',
          role: 'ADMIN',
          email: 'p@a.example',
          delivery: 'EMAIL',
        },
      },
      rogue.token,
    );
    expect(invite.data ?? null).toBeNull();
    expect(invite.errors?.[0].extensions?.code).toMatch(/^(UNAUTHENTICATED|FORBIDDEN)$/);
    const demote = await system.query(ROLE, { u: alpha.admin.id, r: 'VIEWER' }, rogue.token);
    expect(demote.data ?? null).toBeNull();
    expect(await usersOf()).toEqual(before);

    // Everywhere else within seconds: the gateway refuses the ended session's token, and closes its socket.
    const elsewhere = await eventually(async () => {
      const answer = await system.query(GROUP, { i: { name: 'Захват' } }, rogue.token);
      return answer.status === 401 && answer;
    }, 'the gateway refusing the blocked admin in accounts');
    expect(elsewhere.errors?.[0]).toMatchObject({
      message: 'This session has ended; sign in again',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect((await socket.closed).code).toBe(4403);
    const reconnect = system.socket(rogue.token);
    expect((await reconnect.closed).code).toBe(4403);
  });

  it('once demoted, acts with the role they have now, even with a token claiming ADMIN', async () => {
    const demoted = await secondAdmin('a-demoted');
    expect((await system.query(ROLE, { u: demoted.id, r: 'VIEWER' }, owner)).errors).toBeUndefined();
    // A token outside any session is on no revocation list: only identity's own reading can refuse it.
    const { token: claimingAdmin } = await system.signToken({
      userId: demoted.id,
      companyId: alpha.id,
      role: 'ADMIN',
    });
    const invite = await system.query(
      INVITE,
      {
        i: {
          login: 'a-puppet-2',
          fullName: 'Марионетка',
          role: 'ADMIN',
          email: 'q@a.example',
          delivery: 'EMAIL',
        },
      },
      claimingAdmin,
    );
    expect(invite.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const demote = await system.query(ROLE, { u: alpha.admin.id, r: 'VIEWER' }, claimingAdmin);
    expect(demote.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await usersOf()).find((u) => u.login === alpha.admin.login)?.role).toBe('ADMIN');
    expect((await usersOf()).some((u) => u.login === 'a-puppet-2')).toBe(false);
    // The demoted admin's own session ended with the change: refused in identity at once.
    const own = await system.query(
      INVITE,
      { i: { login: 'x', fullName: 'x', role: 'VIEWER', delivery: 'EMAIL' } },
      demoted.token,
    );
    expect(own.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
