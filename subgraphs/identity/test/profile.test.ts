import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { identityFor } from './support';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 1 },
  { key: 'b', name: 'ООО «Б»', accounts: 1 },
]);
const [a, b] = plan.companies;
const me: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ADMIN' };
const REQUEST = 'mutation ($i: ContactChangeInput!) { requestContactChange(input: $i) { id sentTo } }';
const CONFIRM =
  'mutation ($id: ID!, $code: String!) { confirmContactChange(challengeId: $id, code: $code) { phone email smsLogin } }';
const SMS = 'mutation ($on: Boolean!) { setSmsLogin(enabled: $on) { smsLogin phone } }';

describe('identity: profile contacts and the SMS factor', () => {
  const started = identityFor(plan);
  const request = (input: Record<string, unknown>, viewer: Viewer = me) =>
    started.identity.call<{ requestContactChange: { id: string; sentTo: string } }>(
      REQUEST,
      { i: input },
      viewer,
    );

  it('changes the phone only with the code sent to the new phone, then turns on SMS sign-in', async () => {
    expect((await started.identity.call(SMS, { on: true }, me)).errors?.[0].extensions?.fields).toEqual([
      { field: 'enabled', message: 'confirm a phone first (requestContactChange)' },
    ]);
    const asked = await request({ phone: '+79031112233' });
    expect(asked.data?.requestContactChange.sentTo).toBe('+7 *** ***-**-33');
    const code = await started.codeSentTo('+79031112233');
    const id = asked.data?.requestContactChange.id;
    // Someone else's session cannot use the challenge: to them it does not exist, and it costs no attempt.
    const other: Viewer = { userId: b.admin.id, companyId: b.id, role: 'ADMIN' };
    const foreign = await started.identity.call(CONFIRM, { id, code }, other);
    expect(foreign.errors?.[0].extensions?.code).toBe('PRECONDITION_FAILED');
    const confirmed = await started.identity.call(CONFIRM, { id, code }, me);
    expect(confirmed.data).toEqual({
      confirmContactChange: { phone: '+79031112233', email: null, smsLogin: false },
    });
    expect((await started.identity.call(SMS, { on: true }, me)).data).toEqual({
      setSmsLogin: { smsLogin: true, phone: '+79031112233' },
    });
    const login = await started.identity.call<{ login: { status: string } }>(
      'mutation ($i: LoginInput!) { login(input: $i) { status } }',
      { i: { login: a.admin.login, password: DEMO_PASSWORD } },
    );
    expect(login.data?.login.status).toBe('SMS_CODE_REQUIRED');
  });

  it('refuses bad contacts field by field, and wrong codes', async () => {
    expect((await request({})).errors?.[0].extensions?.fields).toEqual([
      { field: 'phone', message: 'give either a phone or an e-mail' },
    ]);
    expect((await request({ phone: '89001234567' })).errors?.[0].extensions?.fields).toEqual([
      { field: 'phone', message: 'must be in international format, e.g. +79001234567' },
    ]);
    const asked = await request({ email: 'me@a.example' });
    const code = /(\d{6})/.exec(await started.lastMessage('me@a.example'))?.[1];
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await started.identity.call(
      CONFIRM,
      { id: asked.data?.requestContactChange.id, code: wrong },
      me,
    );
    expect(refused.errors?.[0].extensions?.fields).toEqual([
      { field: 'code', message: 'is wrong; 4 attempts left' },
    ]);
    const ok = await started.identity.call(CONFIRM, { id: asked.data?.requestContactChange.id, code }, me);
    expect(ok.data).toMatchObject({ confirmContactChange: { email: 'me@a.example' } });
  });
});
