import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { legalInn } from '@kabinet/kit';
import { applicationInput, SUBMIT_APPLICATION } from '../src/applications';
import { type RunningSystem, startSystem } from '../src/system';

// Every free text a mutation stores has a limit, and names refuse the characters that reverse how text is
// displayed (U+202E turns «Иванов» into something else in every list that shows it).

const RIGHT_TO_LEFT_OVERRIDE = '\u202E';

const INVITE = 'mutation ($input: InviteUserInput!) { inviteUser(input: $input) { user { id fullName } } }';
const invitation = (login: string, fullName: string) => ({
  login,
  fullName,
  role: 'VIEWER',
  email: `${login}@example.com`,
  delivery: 'EMAIL',
});

interface TypeRef {
  kind: string;
  name: string | null;
  ofType: TypeRef | null;
}
interface InputValue {
  name: string;
  description: string | null;
  type: TypeRef;
}
interface SchemaType {
  name: string;
  fields: { name: string; args: InputValue[] }[] | null;
  inputFields: InputValue[] | null;
}

const INTROSPECTION = `{ __schema { mutationType { name } types { name
  fields { name args { name description type { ...T } } } inputFields { name description type { ...T } } } } }
  fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name } } } }`;

/** How a description states a text's bound: "at most 200 characters", "3 to 64 letters", "six digits". */
const STATES_A_LIMIT =
  /\b(at most \d+|\d+ to \d+) (characters|letters)\b|\b(\d+|six) digits\b|at most \d+ digits/i;
/** Secrets are only compared with what is stored hashed: never kept or shown as given. */
const SECRET = /password|token|^code$/i;

describe('text limits: every free text of a mutation is bounded, names keep their direction', () => {
  let system: RunningSystem;
  let admin: string;
  let staff: string;
  const count = async (subgraph: keyof RunningSystem['subgraphs'], table: string) =>
    Number((await system.subgraphs[subgraph].db.dataSource.query(`SELECT count(*) FROM ${table}`))[0].count);

  beforeAll(async () => {
    system = await startSystem(demoPlan([{ key: 'tl', name: 'ООО «Текст»', accounts: 1 }]));
    admin = await system.login('tl-admin', DEMO_PASSWORD);
    staff = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('refuses a 200,001-character full name in inviteUser, naming the field, and adds nobody', async () => {
    const before = await count('identity', 'users');
    const result = await system.query(INVITE, { input: invitation('long-name', 'Я'.repeat(200_001)) }, admin);
    expect(result.data).toBeNull();
    expect(result.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'fullName', message: 'must be at most 200 characters' }],
    });
    expect(await count('identity', 'users')).toBe(before);
  });

  it('refuses a name with a right-to-left override in inviteUser, createCompany and createAccountGroup', async () => {
    const spoofed = `Иванов${RIGHT_TO_LEFT_OVERRIDE}вонавИ`;
    const refusal = (field: string) => ({
      code: 'BAD_USER_INPUT',
      fields: [{ field, message: 'must not contain characters that change the direction of text' }],
    });
    const users = await count('identity', 'users');
    const invited = await system.query(INVITE, { input: invitation('spoofed', spoofed) }, admin);
    expect(invited.errors?.[0].extensions).toMatchObject(refusal('fullName'));
    expect(await count('identity', 'users')).toBe(users);

    const companies = await count('accounts', 'companies');
    const company = await system.query(
      'mutation ($input: CreateCompanyInput!) { createCompany(input: $input) { company { id } } }',
      {
        input: {
          name: `ООО «${spoofed}»`,
          inn: legalInn('500100732'),
          kpp: '500101001',
          legalAddress: 'г. Москва, ул. Ленина, д. 1',
        },
      },
      staff,
    );
    expect(company.errors?.[0].extensions).toMatchObject(refusal('name'));
    expect(await count('accounts', 'companies')).toBe(companies);

    const groups = await count('accounts', 'account_groups');
    const group = await system.query(
      'mutation ($input: CreateAccountGroupInput!) { createAccountGroup(input: $input) { group { id } } }',
      { input: { name: `Филиал${RIGHT_TO_LEFT_OVERRIDE}` } },
      admin,
    );
    expect(group.errors?.[0].extensions).toMatchObject(refusal('name'));
    expect(await count('accounts', 'account_groups')).toBe(groups);

    // The same letters without the override are a name like any other.
    const plain = await system.query(INVITE, { input: invitation('plain-name', 'Иванов Иван') }, admin);
    expect(plain.errors).toBeUndefined();
  });

  it('bounds descriptions and reasons in billing and catalog, writing nothing', async () => {
    const account = system.plan.companies[0].accounts[0].id;
    const entries = await count('billing', 'ledger_entries');
    const posted = await system.query(
      'mutation ($input: PostLedgerEntryInput!) { postLedgerEntry(input: $input) { sequence } }',
      {
        input: {
          accountId: account,
          kind: 'PAYMENT',
          amount: '1.00',
          description: 'x'.repeat(2001),
          idempotencyKey: 'text-limit-1',
        },
      },
      staff,
    );
    expect(posted.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'description', message: 'must be at most 2000 characters' }],
    });
    expect(await count('billing', 'ledger_entries')).toBe(entries);

    const [order] = await system.subgraphs.catalog.db.dataSource.query(
      'SELECT id, status, status_reason AS "reason", updated_at AS "updatedAt" FROM orders LIMIT 1',
    );
    const moved = await system.query(
      'mutation ($input: AdvanceOrderInput!) { advanceOrder(input: $input) { sequence } }',
      { input: { orderId: order.id, step: 'CANCEL', reason: 'x'.repeat(2001) } },
      staff,
    );
    expect(moved.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'reason', message: 'must be at most 2000 characters' }],
    });
    const [after] = await system.subgraphs.catalog.db.dataSource.query(
      'SELECT id, status, status_reason AS "reason", updated_at AS "updatedAt" FROM orders WHERE id = $1',
      [order.id],
    );
    expect(after).toEqual(order);
  });

  it('refuses an overlong e-mail at once, before its pattern runs (which took minutes over 200 kB)', async () => {
    const applications = await count('identity', 'registration_applications');
    const started = Date.now();
    const submitted = await system.query(SUBMIT_APPLICATION, {
      i: applicationInput({ representative: { email: `a@${'b.'.repeat(100_000)} ` } }),
    });
    expect(submitted.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(submitted.errors?.[0].extensions?.fields).toContainEqual({
      field: 'representative.email',
      message: 'must be at most 254 characters',
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await count('identity', 'registration_applications')).toBe(applications);
  });

  it('states the limit in the description of every text a mutation takes (secrets aside)', async () => {
    const { data } = await system.query<{
      __schema: { mutationType: { name: string }; types: SchemaType[] };
    }>(INTROSPECTION);
    const schema = data?.__schema;
    if (!schema) throw new Error('no introspection');
    const types = new Map(schema.types.map((t) => [t.name, t]));
    const named = (type: TypeRef): string => (type.ofType ? named(type.ofType) : (type.name as string));
    const unbounded: string[] = [];
    const seen = new Set<string>();
    const visit = (where: string, value: InputValue) => {
      const typeName = named(value.type);
      const input = types.get(typeName)?.inputFields;
      if (input) {
        if (seen.has(typeName)) return;
        seen.add(typeName);
        for (const field of input) visit(`${typeName}.${field.name}`, field);
      } else if (
        typeName === 'String' &&
        !SECRET.test(value.name) &&
        !STATES_A_LIMIT.test(value.description ?? '')
      ) {
        unbounded.push(where);
      }
    };
    for (const field of types.get(schema.mutationType.name)?.fields ?? []) {
      for (const arg of field.args) visit(`${field.name}(${arg.name})`, arg);
    }
    expect(unbounded).toEqual([]);
  });
});
