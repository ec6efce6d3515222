import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { identityFor } from './support';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const adminA: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ADMIN' };
const INVITE = `mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id login role blocked company { id } } } }`;
const ROLE = `mutation ($u: ID!, $r: Role!) { changeUserRole(userId: $u, role: $r) { id role } }`;
const BLOCK = `mutation ($u: ID!) { blockUser(userId: $u) { id blocked } }`;
const UNBLOCK = `mutation ($u: ID!) { unblockUser(userId: $u) { id blocked } }`;
const LOGIN = `mutation ($i: LoginInput!) { login(input: $i) { status refreshToken challenge { id } } }`;

describe('identity: company users', () => {
  const started = identityFor(plan);

  const invite = (input: Record<string, unknown>, viewer: Viewer = adminA) =>
    started.identity.call<{ inviteUser: { user: { id: string; login: string; role: string } } }>(
      INVITE,
      { i: input },
      viewer,
    );
  const login = (loginName: string, password: string) =>
    started.identity.call<{
      login: { status: string; refreshToken: string | null; challenge: { id: string } | null };
    }>(LOGIN, { i: { login: loginName, password } });

  it('invites a user with a generated password sent by e-mail, to be changed at first sign-in', async () => {
    const invited = await invite({
      login: 'a-accountant',
      fullName: 'Петрова Анна Ивановна',
      role: 'ACCOUNTANT',
      email: 'anna@a.example',
      delivery: 'EMAIL',
    });
    expect(invited.data?.inviteUser.user).toMatchObject({
      login: 'a-accountant',
      role: 'ACCOUNTANT',
      blocked: false,
      company: { id: a.id },
    });
    const letter = await started.lastMessage('anna@a.example');
    const password = /пароль (\S+)\./.exec(letter)?.[1] as string;
    expect(password).toHaveLength(16);
    expect((await login('a-accountant', password)).data?.login.status).toBe('PASSWORD_CHANGE_REQUIRED');

    const users = await started.identity.call<{ _entities: { users: { login: string }[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { users { login } } } }',
      { r: [{ __typename: 'Company', id: a.id }] },
      adminA,
    );
    expect(users.data?._entities[0].users.map((u) => u.login)).toEqual(['a-accountant', 'a-admin']);
    const fromB = await started.identity.call<{ _entities: { users: unknown[] }[] }>(
      'query ($r: [_Any!]!) { _entities(representations: $r) { ... on Company { users { login } } } }',
      { r: [{ __typename: 'Company', id: a.id }] },
      { userId: b.admin.id, companyId: b.id, role: 'ADMIN' },
    );
    expect(fromB.data?._entities[0].users).toEqual([]);
  });

  it('refuses bad invitations field by field, and taken logins', async () => {
    const bad = await invite({ login: 'x', fullName: ' ', role: 'OPERATOR', email: 'nope', delivery: 'SMS' });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'login', message: '3 to 64 letters, digits, dots, dashes or underscores' },
      { field: 'fullName', message: 'is required' },
      { field: 'role', message: 'must be ADMIN, ACCOUNTANT or VIEWER' },
      { field: 'email', message: 'is not an e-mail address' },
      { field: 'phone', message: 'is needed to deliver by SMS' },
    ]);
    const taken = await invite({
      login: 'A-ADMIN',
      fullName: 'Кто-то',
      role: 'VIEWER',
      phone: '+79001112233',
      delivery: 'SMS',
    });
    expect(taken.errors?.[0].extensions?.fields).toEqual([{ field: 'login', message: 'is taken' }]);
  });

  it('lets only administrators and staff manage users; staff must name the company', async () => {
    const input = {
      login: 'a-viewer-x',
      fullName: 'Зритель',
      role: 'VIEWER',
      phone: '+79005556677',
      delivery: 'SMS',
    };
    for (const role of ['ACCOUNTANT', 'VIEWER'] as const) {
      const colleague = await invite({
        login: `a-${role.toLowerCase()}-only`,
        fullName: 'Коллега',
        role,
        phone: '+79005550000',
        delivery: 'SMS',
      });
      const userId = colleague.data?.inviteUser.user.id as string;
      expect((await invite(input, { userId, companyId: a.id, role })).errors?.[0].extensions?.code).toBe(
        'FORBIDDEN',
      );
      // The role is read from the user as they are now: a token claiming more changes nothing.
      const claimingAdmin: Viewer = { userId, companyId: a.id, role: 'ADMIN' };
      expect((await invite(input, claimingAdmin)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const manager: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'MANAGER' };
    expect((await invite(input, manager)).errors?.[0].extensions?.fields).toEqual([
      { field: 'companyId', message: 'staff must name the company' },
    ]);
    const byStaff = await invite({ ...input, companyId: b.id }, manager);
    expect(byStaff.data?.inviteUser.user).toMatchObject({ role: 'VIEWER', company: { id: b.id } });
  });

  it('changes roles and blocks colleagues, ending their sessions; never the last admin, never oneself', async () => {
    const invited = await invite({
      login: 'a-second-admin',
      fullName: 'Второй',
      role: 'VIEWER',
      phone: '+79009998877',
      delivery: 'SMS',
    });
    const id = invited.data?.inviteUser.user.id as string;
    await started.identity.db.dataSource.query(
      'UPDATE users SET must_change_password = false WHERE id = $1',
      [id],
    );
    const password = /пароль (\S+)\./.exec(await started.lastMessage('+79009998877'))?.[1] as string;
    const session = (await login('a-second-admin', password)).data?.login;
    expect(session?.status).toBe('SIGNED_IN');

    expect((await started.identity.call(ROLE, { u: id, r: 'ADMIN' }, adminA)).data).toEqual({
      changeUserRole: { id, role: 'ADMIN' },
    });
    const refresh = 'mutation ($t: String!) { refreshSession(refreshToken: $t) { status } }';
    expect(
      (await started.identity.call(refresh, { t: session?.refreshToken })).errors?.[0].extensions?.code,
    ).toBe('UNAUTHENTICATED');

    expect(
      (await started.identity.call(ROLE, { u: a.admin.id, r: 'VIEWER' }, adminA)).errors?.[0].extensions
        ?.code,
    ).toBe('PRECONDITION_FAILED');
    expect((await started.identity.call(BLOCK, { u: id }, adminA)).data).toEqual({
      blockUser: { id, blocked: true },
    });
    expect((await login('a-second-admin', password)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // With the second admin blocked, a-admin is the last one: a staff member cannot demote them.
    const operator: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };
    const demote = await started.identity.call(ROLE, { u: a.admin.id, r: 'ACCOUNTANT' }, operator);
    expect(demote.errors?.[0]).toMatchObject({
      extensions: { code: 'PRECONDITION_FAILED' },
      message: /at least one active administrator/,
    });
    expect((await started.identity.call(UNBLOCK, { u: id }, adminA)).data).toEqual({
      unblockUser: { id, blocked: false },
    });
    expect((await login('a-second-admin', password)).data?.login.status).toBe('SIGNED_IN');

    const foreign = await started.identity.call(BLOCK, { u: b.admin.id }, adminA);
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect((await login(b.admin.login, DEMO_PASSWORD)).data?.login.status).toBe('SIGNED_IN');
  });
});
