import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { legalInn } from '@kabinet/kit';
import { applicationInput, SUBMIT_APPLICATION } from '../src/applications';
import { type RunningSystem, startSystem } from '../src/system';

const CREATE =
  'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id name inn } } }';
const valid = {
  name: 'ООО «Новая»',
  inn: legalInn('500100732'),
  kpp: '500101001',
  legalAddress: 'г. Москва, ул. Ленина, д. 1',
};

describe('bad input gets coded errors and writes nothing', () => {
  let system: RunningSystem;
  let staff: string;
  const companies = async () =>
    Number((await system.subgraphs.accounts.db.dataSource.query('SELECT count(*) FROM companies'))[0].count);

  beforeAll(async () => {
    system = await startSystem(demoPlan([{ key: 'one', name: 'ООО «Один»', accounts: 1 }]));
    staff = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it.each([
    ['a wrong checksum', { inn: '7707083894' }, 'inn', 'checksum does not match'],
    ['all zeros', { inn: '0000000000' }, 'inn', 'cannot be all zeros'],
    [
      'too few digits',
      { inn: '770708389' },
      'inn',
      'must be 10 digits (legal entity) or 12 digits (individual)',
    ],
    [
      'letters in the INN',
      { inn: '77070838AB' },
      'inn',
      'must be 10 digits (legal entity) or 12 digits (individual)',
    ],
    ['a 12-digit INN with a wrong control digit', { inn: '500100732260' }, 'inn', 'checksum does not match'],
    ['a KPP in lowercase', { kpp: '5001ab001' }, 'kpp', expect.stringContaining('must match')],
    ['an empty name', { name: ' ' }, 'name', 'must be at least 2 characters'],
  ])('%s → BAD_USER_INPUT naming the field', async (_case, change, field, message) => {
    const before = await companies();
    const result = await system.query(CREATE, { input: { ...valid, ...change } }, staff);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field, message }],
    });
    expect(await companies()).toBe(before);
  });

  it('accepts valid requisites (10- and 12-digit INN) and refuses a duplicate with CONFLICT', async () => {
    const created = await system.query<{ createCompany: { company: { inn: string } } }>(
      CREATE,
      { input: valid },
      staff,
    );
    expect(created.errors).toBeUndefined();
    expect(created.data?.createCompany.company.inn).toBe(valid.inn);
    const twelve = await system.query(CREATE, { input: { ...valid, inn: '500100732259' } }, staff);
    expect(twelve.errors).toBeUndefined();
    const duplicate = await system.query(CREATE, { input: valid }, staff);
    expect(duplicate.errors?.[0].extensions?.code).toBe('CONFLICT');
  });

  it('keeps company users from creating companies', async () => {
    const admin = await system.login('one-admin', DEMO_PASSWORD);
    const result = await system.query(CREATE, { input: valid }, admin);
    expect(result.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('rejects unknown fields, wrong types and missing input before any subgraph runs', async () => {
    const before = await companies();
    const unknownField = await system.query('{ news { edges { node { nope } } } }');
    expect(unknownField.status).toBe(400);
    expect(unknownField.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const wrongType = await system.query(CREATE, { input: { ...valid, inn: 7707083893 } }, staff);
    expect(wrongType.status).toBe(400);
    expect(wrongType.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'inn' }],
    });
    const unknownInputField = await system.query(CREATE, { input: { ...valid, extra: 1 } }, staff);
    expect(unknownInputField.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'extra' }],
    });
    const badPage = await system.query('{ news(first: 1000) { edges { cursor } } }');
    expect(badPage.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'first' }],
    });
    const badCursor = await system.query('{ news(after: "garbage") { edges { cursor } } }');
    expect(badCursor.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
    expect(await companies()).toBe(before);
  });

  it('checks Decimal and DateTime at the gateway: nothing of an operation runs when one input is malformed', async () => {
    const account = system.plan.companies[0].accounts[0].id;
    const entries = async () =>
      Number(
        (await system.subgraphs.billing.db.dataSource.query('SELECT count(*) FROM ledger_entries'))[0].count,
      );
    const before = await entries();
    const entry = (amount: string, idempotencyKey: string) => ({
      accountId: account,
      kind: 'PAYMENT',
      amount,
      description: 'x',
      idempotencyKey,
    });
    const twoPostings = await system.query(
      `mutation ($ok: PostLedgerEntryInput!, $bad: PostLedgerEntryInput!) {
         first: postLedgerEntry(input: $ok) { sequence } second: postLedgerEntry(input: $bad) { sequence } }`,
      { ok: entry('1.00', 'scalar-ok'), bad: entry('-1.005', 'scalar-bad') },
      staff,
    );
    expect(twoPostings.status).toBe(400);
    expect(twoPostings.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount', message: expect.stringContaining('Decimal must look like "1250.00"') }],
    });
    expect(await entries()).toBe(before);
    const admin = await system.login('one-admin', DEMO_PASSWORD);
    const badDate = await system.query(
      '{ auditLog(filter: { from: "yesterday" }) { edges { cursor } } }',
      {},
      admin,
    );
    expect(badDate.status).toBe(400);
    expect(badDate.errors?.[0]).toMatchObject({
      message: expect.stringContaining('DateTime must be ISO 8601 with an offset, got "yesterday"'),
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    });
  });

  it('refuses impossible dates at the gateway (JavaScript would read 31 February as 3 March)', async () => {
    const admin = await system.login('one-admin', DEMO_PASSWORD);
    const instant = await system.query(
      'query ($f: AuditFilter) { auditLog(filter: $f) { edges { cursor } } }',
      { f: { from: '2026-02-31T00:00:00Z' } },
      admin,
    );
    expect(instant.status).toBe(400);
    expect(instant.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [
        { field: 'from', message: 'DateTime must be a real date and time, got "2026-02-31T00:00:00Z"' },
      ],
    });
    const applications = async () =>
      Number(
        (
          await system.subgraphs.identity.db.dataSource.query(
            'SELECT count(*) FROM registration_applications',
          )
        )[0].count,
      );
    const before = await applications();
    const day = await system.query(SUBMIT_APPLICATION, {
      i: applicationInput({
        authority: { basis: 'POWER_OF_ATTORNEY', number: '1/2026', date: '2026-02-30' },
      }),
    });
    expect(day.status).toBe(400);
    expect(day.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'authority.date', message: 'Date must be a real calendar date, got "2026-02-30"' }],
    });
    expect(await applications()).toBe(before);
  });

  it('refuses text with a NUL character, which cannot be stored, naming the field', async () => {
    const viaVariable = await system.query('mutation ($i: LoginInput!) { login(input: $i) { status } }', {
      i: { login: 'one\u0000admin', password: 'x' },
    });
    expect(viaVariable.status).toBe(400);
    expect(viaVariable.errors?.[0].extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'login', message: 'must not contain the NUL character' }],
    });
    const admin = await system.login('one-admin', DEMO_PASSWORD);
    const groups = async () =>
      Number(
        (await system.subgraphs.accounts.db.dataSource.query('SELECT count(*) FROM account_groups'))[0].count,
      );
    const before = await groups();
    const inLiteral = await system.query(
      'mutation { createAccountGroup(input: { name: "Филиал\\u0000" }) { group { id } } }',
      {},
      admin,
    );
    expect(inLiteral.status).toBe(400);
    expect(inLiteral.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'name' }],
    });
    expect(await groups()).toBe(before);
  });

  it('never answers with a stack trace', async () => {
    const result = await system.query('{ news(after: "garbage") { edges { cursor } } }');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:\d+/);
  });

  it('answers ids that cannot exist with NOT_FOUND, never an internal error', async () => {
    const admin = await system.login('one-admin', DEMO_PASSWORD);
    const reads = await system.query(
      '{ company(id: "x") { name } personalAccount(id: "1; drop") { number } order(id: "") { status } ledgerEntry(id: "42") { kind } }',
      {},
      admin,
    );
    expect(reads.errors?.map((e) => e.extensions?.code)).toEqual([
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
      'NOT_FOUND',
    ]);
    const post = await system.query(
      'mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }',
      {
        input: {
          accountId: 'nope',
          kind: 'PAYMENT',
          amount: '1.00',
          description: 'x',
          idempotencyKey: 'bad-id-key-1',
        },
      },
      staff,
    );
    expect(post.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const move = await system.query(
      'mutation ($input: AdvanceOrderInput!) { advanceOrder(input: $input) { sequence } }',
      { input: { orderId: 'nope', step: 'FINISH_WORK' } },
      staff,
    );
    expect(move.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const live = system
      .socket(admin)
      .subscribe('subscription { balanceChanged(accountIds: ["nope"]) { sequence } }');
    await live.waitFor(1);
    expect(live.results[0].errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const badAfter = system
      .socket(admin)
      .subscribe(
        'subscription ($after: Int) { balanceChanged(companyWide: true, after: $after) { sequence } }',
        {
          after: 'yesterday',
        },
      );
    await badAfter.waitFor(1);
    expect(badAfter.results[0].errors?.[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] },
    });
  });
});
