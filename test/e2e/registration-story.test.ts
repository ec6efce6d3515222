import { demoPlan } from '@kabinet/dev';
import { eventually } from '@kabinet/kit/testing';
import { minimalPdf } from '../src/documents';
import { outboxProblems } from '../src/outboxes';
import { type RunningSystem, startSystem } from '../src/system';

const PDF = minimalPdf();
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(512, 1),
]);
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4096, 0x90)]);
const STEP = 'status accessToken refreshToken challenge { id sentTo }';
const INN = '7707083893';

/** What PUT /uploads/:id answers: the stored document, or errors like GraphQL's. */
interface UploadAnswer {
  kind?: string;
  contentType?: string;
  errors: { extensions: { code: string; fields: { field: string; message: string }[] } }[];
}

interface Step {
  status: string;
  accessToken: string | null;
  refreshToken: string | null;
  challenge: { id: string; sentTo: string | null } | null;
}

describe('a company connects: application → approval → first sign-in → devices → action archive', () => {
  const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
  let system: RunningSystem;
  beforeAll(async () => {
    system = await startSystem(plan);
  });
  afterAll(() => system?.stop());

  const origin = () => new URL(system.gatewayUrl).origin;
  const ticket = async (kind: string) =>
    (
      await system.query<{ createUpload: { id: string; uploadUrl: string; maxBytes: number } }>(
        `mutation { createUpload(kind: ${kind}) { id uploadUrl expiresAt maxBytes } }`,
      )
    ).data?.createUpload as { id: string; uploadUrl: string; maxBytes: number };
  const put = async (uploadUrl: string, body: Buffer, contentType = 'application/pdf') => {
    const response = await fetch(origin() + uploadUrl, {
      method: 'PUT',
      body,
      headers: { 'content-type': contentType },
    });
    return { status: response.status, body: (await response.json()) as UploadAnswer };
  };
  const status = (number: string, statusToken: string) =>
    system.query(
      'query ($n: String!, $t: String!) { registrationApplicationStatus(number: $n, statusToken: $t) { status decisionComment } }',
      { n: number, t: statusToken },
    );
  const identitySql = (text: string, params: unknown[] = []) =>
    system.subgraphs.identity.db.dataSource.query(text, params);
  const lastMessageTo = async (to: string): Promise<string> =>
    (
      await identitySql('SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1', [
        to,
      ])
    )[0]?.body;
  it('refuses uploads that are too large, not really PDF/JPEG/PNG, or reuse a URL', async () => {
    const big = await ticket('APPLICATION_FORM');
    expect(big.maxBytes).toBe(10 * 1024 * 1024);
    const tooLarge = await put(big.uploadUrl, Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]));
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file' }],
    });

    const renamed = await ticket('APPLICATION_FORM');
    const exe = await put(renamed.uploadUrl.replace('?', '?name=scan.pdf&'), EXE, 'application/pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.errors[0].extensions.fields[0]).toEqual({
      field: 'file',
      message: 'must be a PDF, JPEG or PNG (judged by content, not by name)',
    });

    const once = await ticket('CHARTER');
    expect((await put(once.uploadUrl, PDF)).status).toBe(200);
    expect((await put(once.uploadUrl, PDF)).status).toBe(403);
    expect((await put(once.uploadUrl.replace(/token=.*/, 'token=forged'), PDF)).status).toBe(403);
  });

  it('refuses a page of HTML behind a %PDF- header, even with a forged trailer, and takes a real PDF', async () => {
    const form = await ticket('APPLICATION_FORM');
    const page = '<html><body><script>alert(document.cookie)</script></body></html>';
    for (const disguised of [`%PDF-${page}`, `%PDF-1.7\n${page}\nstartxref\n0\n%%EOF\n`]) {
      const refused = await put(form.uploadUrl, Buffer.from(disguised));
      expect(refused.status).toBe(415);
      expect(refused.body.errors[0].extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [
          {
            field: 'file',
            message:
              'is not a whole PDF (it starts like one, but has no cross-reference table and end-of-file marker)',
          },
        ],
      });
    }
    expect(await put(form.uploadUrl, PDF)).toMatchObject({
      status: 200,
      body: { kind: 'APPLICATION_FORM', contentType: 'application/pdf' },
    });
  });

  it('goes all the way, through the gateway', async () => {
    // 1. The applicant uploads documents and applies, without an account.
    const form = await ticket('APPLICATION_FORM');
    const attorney = await ticket('POWER_OF_ATTORNEY');
    expect((await put(form.uploadUrl, PDF)).body).toMatchObject({
      kind: 'APPLICATION_FORM',
      contentType: 'application/pdf',
    });
    expect((await put(attorney.uploadUrl, PNG, 'image/png')).body).toMatchObject({
      contentType: 'image/png',
    });
    const input = {
      companyName: 'Общество с ограниченной ответственностью «Ромашка»',
      inn: INN,
      kpp: '773601001',
      legalAddress: 'г. Москва, ул. Вавилова, д. 19',
      region: 'Москва',
      locality: 'Москва',
      representative: {
        fullName: 'Сидоров Иван Петрович',
        position: 'Директор',
        phone: '+79161234567',
        email: 'ivan@romashka.example',
      },
      contractNumber: 'Д-2026/15',
      accountNumbers: ['770000000101', '770000000102'],
      credentialDelivery: 'EMAIL',
      smsLogin: true,
      smsPhone: '+79161234567',
      authority: { basis: 'POWER_OF_ATTORNEY', number: '15/2026', date: '2026-11-01' },
      comment: 'Прошу подключить',
      documentIds: [form.id, attorney.id],
    };
    const SUBMIT = `mutation ($i: RegistrationApplicationInput!) { submitRegistrationApplication(input: $i) { number status statusToken } }`;
    const bad = await system.query(SUBMIT, {
      i: { ...input, inn: '7707083890', authority: { basis: 'POWER_OF_ATTORNEY' }, documentIds: [form.id] },
    });
    expect(bad.errors?.[0].extensions?.fields).toEqual([
      { field: 'inn', message: 'checksum does not match' },
      { field: 'authority.number', message: 'is required' },
      { field: 'authority.date', message: 'is required for a power of attorney' },
    ]);
    const submitted = await system.query<{
      submitRegistrationApplication: { number: string; status: string; statusToken: string };
    }>(SUBMIT, { i: input });
    expect(submitted.errors).toBeUndefined();
    const number = submitted.data?.submitRegistrationApplication.number as string;
    const statusToken = submitted.data?.submitRegistrationApplication.statusToken as string;
    expect(number).toMatch(/^Z-\d{4}-\d{6}$/);
    expect(statusToken).toMatch(/^[\w-]{43}$/);
    expect((await status(number, statusToken)).data).toEqual({
      registrationApplicationStatus: { status: 'SUBMITTED', decisionComment: null },
    });
    // The number is sequential and the INN public: without the token, the application is not there.
    const unknown = await status(number.replace(/\d{6}$/, '999999'), statusToken);
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    // One character changed (to one it is not): a token ending in "A" altered to "A" was no alteration.
    const altered = `${statusToken.slice(0, 10)}${statusToken[10] === 'x' ? 'y' : 'x'}${statusToken.slice(11)}`;
    for (const wrong of ['', INN, altered]) {
      const refused = await status(number, wrong);
      expect(refused.data).toBeNull();
      expect(refused.errors?.map(({ message, extensions }) => ({ message, extensions }))).toEqual(
        unknown.errors?.map(({ message, extensions }) => ({ message, extensions })),
      );
    }

    // 2. Staff review it: approval opens the company (accounts, through an event) and its first ADMIN.
    const operator = await system.login('operator', 'Kabinet-demo-2026');
    const queue = await system.query<{
      registrationApplications: {
        edges: { node: { id: string; number: string; documents: { kind: string }[] } }[];
      };
    }>(
      '{ registrationApplications(status: SUBMITTED) { edges { node { id number documents { kind size } representative { fullName } } } } }',
      {},
      operator,
    );
    const application = queue.data?.registrationApplications.edges.find(
      (e) => e.node.number === number,
    )?.node;
    expect(application?.documents.map((d) => d.kind).sort()).toEqual([
      'APPLICATION_FORM',
      'POWER_OF_ATTORNEY',
    ]);
    const review = await system.query<{
      reviewRegistrationApplication: { adminLogin: string; oneTimePassword: string | null };
    }>(
      `mutation ($i: ReviewRegistrationApplicationInput!) { reviewRegistrationApplication(input: $i) {
         adminLogin oneTimePassword application { status company { id } } } }`,
      { i: { id: application?.id, decision: 'APPROVE', comment: 'Документы в порядке' } },
      operator,
    );
    expect(review.errors).toBeUndefined();
    expect(review.data?.reviewRegistrationApplication.oneTimePassword).toBeNull(); // it went by e-mail
    const adminLogin = review.data?.reviewRegistrationApplication.adminLogin as string;
    const letter = await lastMessageTo('ivan@romashka.example');
    const generated = /пароль (\S+)\./.exec(letter)?.[1] as string;
    expect(letter).toContain(adminLogin);

    // 3. First sign-in: a new password first, then the SMS code.
    const LOGIN = `mutation ($i: LoginInput!) { login(input: $i) { ${STEP} } }`;
    const first = (
      await system.query<{ login: Step }>(LOGIN, { i: { login: adminLogin, password: generated } })
    ).data?.login;
    expect(first).toMatchObject({ status: 'PASSWORD_CHANGE_REQUIRED', accessToken: null });
    const changed = (
      await system.query<{ changePassword: Step }>(
        `mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { ${STEP} } }`,
        { i: { challengeId: first?.challenge?.id, newPassword: 'Romashka-2026-secure' } },
      )
    ).data?.changePassword;
    expect(changed).toMatchObject({ status: 'SMS_CODE_REQUIRED', challenge: { sentTo: '+7 *** ***-**-67' } });
    const code = /(\d{6})/.exec(await lastMessageTo('+79161234567'))?.[1];
    const VERIFY = `mutation ($id: ID!, $code: String!) { verifyLoginCode(challengeId: $id, code: $code) { ${STEP} } }`;
    const signedIn = (
      await system.query<{ verifyLoginCode: Step }>(VERIFY, { id: changed?.challenge?.id, code })
    ).data?.verifyLoginCode;
    expect(signedIn?.status).toBe('SIGNED_IN');
    const token = signedIn?.accessToken as string;

    // The company and its accounts arrive through the accounts subgraph's consumer.
    const company = await eventually(async () => {
      const me = await system.query<{
        me: { company: { name: string; personalAccounts: { edges: { node: { number: string } }[] } } | null };
      }>(
        '{ me { role company { name inn personalAccounts(first: 10) { edges { node { number balance { amount } } } } } } }',
        {},
        token,
      );
      const found = me.data?.me.company;
      return found && found.personalAccounts.edges.length === 2 ? found : null;
    }, 'the approved company with its two accounts');
    expect(company.name).toBe(input.companyName);
    expect(company.personalAccounts.edges.map((e) => e.node.number).sort()).toEqual(input.accountNumbers);
    // Its contract and its personal manager (the reviewer) come with it.
    const requisites = await system.query<{ me: { company: unknown } }>(
      '{ me { company { contracts { number type status } manager { fullName } } } }',
      {},
      token,
    );
    expect(requisites.data?.me.company).toEqual({
      contracts: [{ number: input.contractNumber, type: 'SERVICES', status: 'ACTIVE' }],
      manager: { fullName: 'Петров Алексей Викторович' },
    });

    // Billing learns the company's requisites and contract from the approval: its documents name them.
    const requested = await system.query<{ requestDocument: { document: { id: string } } }>(
      'mutation ($i: RequestDocumentInput!) { requestDocument(input: $i) { document { id } } }',
      {
        i: {
          contractNumber: input.contractNumber,
          type: 'PAYMENT_DETAILS',
          format: 'CSV',
          period: { from: '2026-01-01', to: '2026-01-31' },
        },
      },
      token,
    );
    expect(requested.errors).toBeUndefined();
    const details = await eventually(async () => {
      const read = await system.query<{ document: { status: string; downloadUrl: string | null } }>(
        'query ($id: ID!) { document(id: $id) { status downloadUrl } }',
        { id: requested.data?.requestDocument.document.id },
        token,
      );
      return read.data?.document.status === 'READY' && read.data.document;
    }, 'payment details of the new contract');
    const csv = await (await fetch(new URL(details.downloadUrl as string, system.gatewayUrl))).text();
    expect(csv).toContain(`Оплата услуг связи по договору № ${input.contractNumber}.`);

    // 4. Refresh, a second device, and revoking the first.
    const REFRESH = `mutation ($t: String!) { refreshSession(refreshToken: $t) { ${STEP} } }`;
    const refreshed = (await system.query<{ refreshSession: Step }>(REFRESH, { t: signedIn?.refreshToken }))
      .data?.refreshSession;
    expect(refreshed?.status).toBe('SIGNED_IN');
    const again = (
      await system.query<{ login: Step }>(LOGIN, {
        i: { login: adminLogin, password: 'Romashka-2026-secure' },
      })
    ).data?.login;
    const secondCode = /(\d{6})/.exec(await lastMessageTo('+79161234567'))?.[1];
    const second = (
      await system.query<{ verifyLoginCode: Step }>(VERIFY, { id: again?.challenge?.id, code: secondCode })
    ).data?.verifyLoginCode as Step;
    const sessions = await system.query<{ mySessions: { id: string; current: boolean }[] }>(
      '{ mySessions { id current } }',
      {},
      second.accessToken as string,
    );
    expect(sessions.data?.mySessions).toHaveLength(2);
    const firstDevice = sessions.data?.mySessions.find((s) => !s.current)?.id;
    const revoked = await system.query(
      'mutation ($id: ID!) { revokeSession(id: $id) { revoked } }',
      { id: firstDevice },
      second.accessToken as string,
    );
    expect(revoked.data).toEqual({ revokeSession: { revoked: 1 } });
    expect((await system.query(REFRESH, { t: refreshed?.refreshToken })).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    // 5. The company's action archive tells the story, the staff's approval included.
    const actions = await eventually(async () => {
      const log = await system.query<{
        auditLog: { edges: { node: { action: string; outcome: string } }[] };
      }>(
        '{ auditLog(first: 50) { edges { node { action outcome actorRole } } } }',
        {},
        second.accessToken as string,
      );
      const seen = log.data?.auditLog.edges.map((e) => e.node.action) ?? [];
      return seen.includes('identity.revokeSession') ? seen : null;
    }, 'the revocation in the archive');
    for (const action of [
      'identity.reviewRegistrationApplication',
      'identity.login',
      'identity.changePassword',
      'identity.verifyLoginCode',
      'identity.refreshSession',
      'identity.revokeSession',
    ]) {
      expect(actions).toContain(action);
    }
    expect((await status(number, statusToken)).data).toEqual({
      registrationApplicationStatus: { status: 'APPROVED', decisionComment: 'Документы в порядке' },
    });
    // The approval and the company it opened crossed subgraphs as contract events only.
    const { problems, seen } = await outboxProblems(system);
    expect(problems).toEqual([]);
    expect([...seen]).toEqual(
      expect.arrayContaining(['CompanyApproved', 'PersonalAccountOpened', 'AuditEvent']),
    );
  });

  it('refuses status lookups from an address that makes too many (30 an hour)', async () => {
    const answers: string[] = [];
    for (let i = 0; i < 31 && answers.at(-1) !== 'RATE_LIMITED'; i++) {
      const answer = await status(`Z-2026-${String(900000 + i)}`, 'guess');
      answers.push(answer.errors?.[0].extensions?.code as string);
    }
    expect(answers.at(-1)).toBe('RATE_LIMITED');
    expect(new Set(answers.slice(0, -1))).toEqual(new Set(['NOT_FOUND']));
  });
});
