import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { identityFor } from './support';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
  { key: 'c', name: 'ООО «В»', accounts: 1 },
  { key: 'd', name: 'ООО «Г»', accounts: 1 },
]);
const [a, b, c, d] = plan.companies;
const PAYLOAD = `status accessToken refreshToken expiresAt refreshExpiresAt user { login }
  challenge { id expiresAt sentTo }`;

interface Payload {
  status: string;
  accessToken: string | null;
  refreshToken: string | null;
  user: { login: string } | null;
  challenge: { id: string; expiresAt: string; sentTo: string | null } | null;
}

describe('identity: sessions, lockout, forced password change, SMS factor, reset', () => {
  const started = identityFor(plan);

  const login = async (loginName: string, password = DEMO_PASSWORD) =>
    started.identity.call<{ login: Payload }>(
      `mutation ($i: LoginInput!) { login(input: $i) { ${PAYLOAD} } }`,
      {
        i: { login: loginName, password },
      },
    );
  const refresh = (refreshToken: string) =>
    started.identity.call<{ refreshSession: Payload }>(
      `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${PAYLOAD} } }`,
      { t: refreshToken },
    );
  const viewerOf = (accessToken: string | null): Promise<Viewer> => started.verify(accessToken as string);
  const sql = (text: string, params: unknown[] = []) => started.identity.db.dataSource.query(text, params);
  const signIn = async (loginName: string) => {
    const result = await login(loginName);
    expect(result.data?.login.status).toBe('SIGNED_IN');
    const payload = result.data?.login as Payload;
    return { ...payload, viewer: await viewerOf(payload.accessToken) };
  };

  it('rotates refresh tokens; a reused one revokes the whole session', async () => {
    const first = await signIn(a.admin.login);
    expect(first.viewer.sessionId).toEqual(expect.any(String));
    const second = await refresh(first.refreshToken as string);
    expect(second.data?.refreshSession).toMatchObject({
      status: 'SIGNED_IN',
      user: { login: a.admin.login },
    });
    const secondViewer = await viewerOf(second.data?.refreshSession.accessToken as string);
    expect(secondViewer.sessionId).toBe(first.viewer.sessionId);

    const stolen = await refresh(first.refreshToken as string); // the old token again: someone copied it
    expect(stolen.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const legit = await refresh(second.data?.refreshSession.refreshToken as string);
    expect(legit.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED'); // the family is gone
    expect((await refresh('garbage')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('lists devices, revokes one (its refresh token dies at once), logs out', async () => {
    const phone = await signIn(b.admin.login);
    const laptop = await signIn(b.admin.login);
    const sessions = await started.identity.call<{
      mySessions: { id: string; current: boolean; userAgent: string }[];
    }>('{ mySessions { id current userAgent ip createdAt lastSeenAt } }', {}, laptop.viewer);
    const listed = sessions.data?.mySessions ?? [];
    expect(listed.map((s) => s.id).sort()).toEqual([phone.viewer.sessionId, laptop.viewer.sessionId].sort());
    expect(listed.find((s) => s.current)?.id).toBe(laptop.viewer.sessionId);
    expect(listed[0].userAgent).toBe('jest');

    const revoke = `mutation ($id: ID!) { revokeSession(id: $id) { revoked } }`;
    const revoked = await started.identity.call(revoke, { id: phone.viewer.sessionId }, laptop.viewer);
    expect(revoked.data).toEqual({ revokeSession: { revoked: 1 } });
    expect((await refresh(phone.refreshToken as string)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    // Another company's admin cannot touch b's sessions, nor learn that they exist.
    const foreign = await started.identity.call(
      revoke,
      { id: laptop.viewer.sessionId },
      (await signIn(a.admin.login)).viewer,
    );
    expect(foreign.errors?.[0].extensions?.code).toBe('NOT_FOUND');

    const out = await started.identity.call('mutation { logout { revoked } }', {}, laptop.viewer);
    expect(out.data).toEqual({ logout: { revoked: 1 } });
    expect((await refresh(laptop.refreshToken as string)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('locks a login after five wrong passwords for known and unknown logins alike', async () => {
    for (const name of [c.admin.login, 'no-such-user']) {
      for (let i = 0; i < 5; i++) {
        const wrong = await login(name, 'wrong password!');
        expect(wrong.errors?.[0]).toMatchObject({
          message: 'Invalid login or password',
          extensions: { code: 'UNAUTHENTICATED' },
        });
      }
      const locked = await login(name, DEMO_PASSWORD);
      expect(locked.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED' } });
      expect(locked.data).toBeNull();
    }
    // The window passes (moved back here): the right password works again.
    await sql(`UPDATE login_failures SET at = at - interval '16 minutes'`);
    expect((await login(c.admin.login)).data?.login.status).toBe('SIGNED_IN');
  });

  it('makes a user with a generated password choose a new one before anything else', async () => {
    await sql('UPDATE users SET must_change_password = true WHERE id = $1', [d.admin.id]);
    const first = await login(d.admin.login);
    expect(first.data?.login).toMatchObject({
      status: 'PASSWORD_CHANGE_REQUIRED',
      accessToken: null,
      user: null,
    });
    const challengeId = first.data?.login.challenge?.id;
    const change = (newPassword: string) =>
      started.identity.call<{ changePassword: Payload }>(
        `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { ${PAYLOAD} } }`,
        { i: { challengeId, newPassword } },
      );
    for (const [weak, message] of [
      ['short', 'must be at least 10 characters'],
      ['1234567890', 'is too common'],
      [`${d.admin.login}-2026!`, 'must not contain the login'],
      [DEMO_PASSWORD, 'must differ from the current password'],
    ]) {
      expect((await change(weak)).errors?.[0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'newPassword', message }],
      });
    }
    const changed = await change('Kabinet-new-pass-2026');
    expect(changed.data?.changePassword).toMatchObject({
      status: 'SIGNED_IN',
      user: { login: d.admin.login },
    });
    expect((await change('Another-new-pass-2026')).errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    expect((await login(d.admin.login)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await login(d.admin.login, 'Kabinet-new-pass-2026')).data?.login.status).toBe('SIGNED_IN');
  });

  it('asks for an SMS code when enabled: six digits, five attempts', async () => {
    const phone = '+79001234567';
    await sql('UPDATE users SET phone = $2, sms_login = true WHERE id = $1', [a.admin.id, phone]);
    try {
      const verifyCode = (challengeId: string, code: string) =>
        started.identity.call<{ verifyLoginCode: Payload }>(
          `mutation ($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { ${PAYLOAD} } }`,
          { id: challengeId, code },
        );
      const step = (await login(a.admin.login)).data?.login as Payload;
      expect(step).toMatchObject({
        status: 'SMS_CODE_REQUIRED',
        accessToken: null,
        challenge: { sentTo: '+7 *** ***-**-67' },
      });
      const code = await started.codeSentTo(phone);
      expect(code).toMatch(/^\d{6}$/);
      const wrongCode = code === '000000' ? '111111' : '000000';
      expect(
        (await verifyCode(step.challenge?.id as string, wrongCode)).errors?.[0].extensions,
      ).toMatchObject({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'code', message: 'is wrong; 4 attempts left' }],
      });
      const ok = await verifyCode(step.challenge?.id as string, code);
      expect(ok.data?.verifyLoginCode).toMatchObject({ status: 'SIGNED_IN', user: { login: a.admin.login } });
      expect((await verifyCode(step.challenge?.id as string, code)).errors?.[0].extensions?.code).toBe(
        'PRECONDITION_FAILED',
      );

      // Five wrong codes end the challenge: even the right one is refused after.
      const next = (await login(a.admin.login)).data?.login as Payload;
      const nextCode = await started.codeSentTo(phone);
      const other = nextCode === '000000' ? '111111' : '000000';
      for (let i = 0; i < 4; i++) await verifyCode(next.challenge?.id as string, other);
      expect((await verifyCode(next.challenge?.id as string, other)).errors?.[0].extensions?.code).toBe(
        'PRECONDITION_FAILED',
      );
      expect((await verifyCode(next.challenge?.id as string, nextCode)).errors?.[0].extensions?.code).toBe(
        'PRECONDITION_FAILED',
      );
    } finally {
      await sql('UPDATE users SET sms_login = false WHERE id = $1', [a.admin.id]);
    }
  });

  it('resets a password by SMS without revealing whether a login exists; every session ends', async () => {
    const phone = '+79007654321';
    await sql('UPDATE users SET phone = $2 WHERE id = $1', [b.admin.id, phone]);
    const session = await signIn(b.admin.login);
    const request = (loginName: string) =>
      started.identity.call<{ requestPasswordReset: { id: string; sentTo: string | null } }>(
        'mutation ($l: String!) { requestPasswordReset(login: $l) { id expiresAt sentTo } }',
        { l: loginName },
      );
    const unknown = await request('nobody-here');
    const known = await request(b.admin.login);
    expect(Object.keys(unknown.data?.requestPasswordReset ?? {})).toEqual(
      Object.keys(known.data?.requestPasswordReset ?? {}),
    );
    expect(unknown.data?.requestPasswordReset.sentTo).toBeNull();
    expect(known.data?.requestPasswordReset.sentTo).toBeNull();
    const reset = (challengeId: string, code: string, newPassword = 'Reset-by-sms-2026') =>
      started.identity.call<{ resetPassword: { revoked: number } }>(
        'mutation ($i: ResetPasswordInput!) { resetPassword(input: $i) { revoked } }',
        { i: { challengeId, code, newPassword } },
      );
    expect(
      (await reset(unknown.data?.requestPasswordReset.id as string, '123456')).errors?.[0].extensions?.code,
    ).toBe('PRECONDITION_FAILED');
    const code = await started.codeSentTo(phone);
    const done = await reset(known.data?.requestPasswordReset.id as string, code);
    expect(done.data?.resetPassword.revoked).toBeGreaterThanOrEqual(1);
    expect((await refresh(session.refreshToken as string)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await login(b.admin.login, 'Reset-by-sms-2026')).data?.login.status).toBe('SIGNED_IN');
  });

  it('changes the password of a signed-in user: the current one is checked, other sessions end', async () => {
    const elsewhere = await signIn(c.admin.login);
    const here = await signIn(c.admin.login);
    const change = (currentPassword: string) =>
      started.identity.call<{ changePassword: Payload }>(
        `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { ${PAYLOAD} } }`,
        { i: { currentPassword, newPassword: 'Changed-by-me-2026' } },
        here.viewer,
      );
    expect((await change('not my password')).errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword', message: 'is wrong' }],
    });
    const changed = await change(DEMO_PASSWORD);
    expect(changed.data?.changePassword.status).toBe('SIGNED_IN');
    expect((await refresh(elsewhere.refreshToken as string)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      (await refresh(changed.data?.changePassword.refreshToken as string)).data?.refreshSession.status,
    ).toBe('SIGNED_IN');
  });

  it('limits password resets per login name, known or not, so SMS cannot be flooded', async () => {
    for (const name of ['no-such-login', d.admin.login]) {
      const reset = () =>
        started.identity.call('mutation ($l: String!) { requestPasswordReset(login: $l) { id } }', {
          l: name,
        });
      for (let i = 0; i < 3; i++) expect((await reset()).errors).toBeUndefined();
      expect((await reset()).errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    }
  });
});
