import { demoPlan } from '@kabinet/dev';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { catalogSubgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 6 },
  { key: 'b', name: 'ООО «Б»', accounts: 2 },
]);
const [a, b] = plan.companies;
const SERVICES = `query ($reps: [_Any!]!) { _entities(representations: $reps) {
  ... on PersonalAccount { services { status tariff { code name kind monthlyFee { amount currency } } } } } }`;
type Services = { _entities: { services: { tariff: { code: string } }[] }[] };

describe('catalog subgraph', () => {
  let catalog: RunningSubgraph;
  beforeAll(async () => {
    catalog = await startSubgraph(catalogSubgraph(), plan);
  });
  afterAll(() => catalog?.stop());

  it('lists the services of many accounts with their tariffs in three statements', async () => {
    const before = catalog.db.statements.count;
    const result = await catalog.call<Services>(
      SERVICES,
      { reps: a.accounts.map((acc) => ({ __typename: 'PersonalAccount', id: acc.id })) },
      { userId: a.admin.id, companyId: a.id, role: 'VIEWER' },
    );
    expect(result.errors).toBeUndefined();
    expect(catalog.db.statements.count - before).toBe(3); // services, their tariffs, the fees in A's region
    result.data?._entities.forEach((entity, i) => {
      expect(entity.services.map((s) => s.tariff.code).sort()).toEqual([...a.accounts[i].tariffCodes].sort());
    });
  });

  it("shows a company user nothing of another company's accounts", async () => {
    const result = await catalog.call<Services>(
      SERVICES,
      { reps: [{ __typename: 'PersonalAccount', id: b.accounts[0].id }] },
      { userId: a.admin.id, companyId: a.id, role: 'ADMIN' },
    );
    expect(result.data?._entities[0].services).toEqual([]);
  });

  type Page = {
    tariffs: {
      edges: { node: Record<string, unknown> }[];
      pageInfo: { hasNextPage: boolean; endCursor: string };
    };
  };
  const codes = (page?: Page | null) => page?.tariffs.edges.map((e) => e.node.code);

  it('offers the public catalog: only launched tariffs, by name, filtered by kind, region and words, a page at a time', async () => {
    const internet = await catalog.call<Page>(
      '{ tariffs(filter: { kind: INTERNET }) { edges { node { code monthlyFee { amount } setupFee { amount } options { code } } } } }',
    );
    expect(internet.data?.tariffs.edges.map((e) => e.node)).toEqual([
      {
        code: 'NET-100',
        monthlyFee: { amount: '2500.00' },
        setupFee: { amount: '3000.00' },
        options: [{ code: 'ANTIVIRUS' }, { code: 'STATIC-IP' }],
      },
      {
        code: 'NET-500',
        monthlyFee: { amount: '5900.00' },
        setupFee: { amount: '3000.00' },
        options: [{ code: 'ANTIVIRUS' }, { code: 'FIREWALL-PRO' }, { code: 'STATIC-IP' }],
      },
    ]); // NET-50-OLD is retired: not on sale
    const inNovosibirsk = await catalog.call<Page>(
      '{ tariffs(filter: { kind: INTERNET, region: NOVOSIBIRSK }) { edges { node { code } } } }',
    );
    expect(codes(inNovosibirsk.data)).toEqual(['NET-100']);
    const searched = await catalog.call<Page>(
      '{ tariffs(filter: { search: "конференц" }) { edges { node { code } } } }',
    );
    expect(codes(searched.data)).toEqual(['CONF-50']);

    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: Page | null } = await catalog.call<Page>(
        'query ($after: String) { tariffs(first: 3, after: $after) { edges { node { code } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      seen.push(...(codes(page.data) as string[]));
      if (!page.data?.tariffs.pageInfo.hasNextPage) break;
      after = page.data.tariffs.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(12); // the demo plan's 6 and the catalog's 6 launched
    expect(new Set(seen).size).toBe(12);
    expect(seen).not.toContain('NET-50-OLD');
    expect(seen).not.toContain('8800-TEST');
    const made = await catalog.call('{ tariffs(after: "bm90IGEgY3Vyc29y") { edges { cursor } } }');
    expect(made.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'after' }],
    });
  });

  it('lists an account with 200 services, or 20, in the same number of statements, with all they show', async () => {
    const LIST = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAccount {
      services { id kind identifier status suspendedFor monthlyCost { amount } tariff { code options { code } }
        options { code monthlyFee { amount } } plannedChanges { kind tariff { code } } } } } }`;
    const db = catalog.db.dataSource;
    const statementsFor = async (accountId: string, count: number) => {
      await db.query(
        `INSERT INTO services (id, account_id, company_id, tariff_id, status, activated_at, identifier, region)
         SELECT gen_random_uuid(), $1, $2, $3, 'ACTIVE', now(), 'Линия ' || i, 'MOSCOW' FROM generate_series(1, $4) AS i`,
        [accountId, b.id, plan.tariffs.find((t) => t.code === 'NET-100')?.id, count],
      );
      await db.query(
        `INSERT INTO service_options (service_id, option_id, connected_at)
         SELECT s.id, o.id, now() FROM services s, options o WHERE s.account_id = $1 AND o.code = 'STATIC-IP'
         ON CONFLICT DO NOTHING`,
        [accountId],
      );
      const before = catalog.db.statements.count;
      const result = await catalog.call<{ _entities: { services: unknown[] }[] }>(
        LIST,
        { reps: [{ __typename: 'PersonalAccount', id: accountId }] },
        { userId: b.admin.id, companyId: b.id, role: 'ADMIN' },
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?._entities[0].services.length).toBeGreaterThanOrEqual(count);
      return catalog.db.statements.count - before;
    };
    const small = await statementsFor(b.accounts[0].id, 20);
    const large = await statementsFor(b.accounts[1].id, 200);
    expect(large).toBe(small);
    expect(small).toBe(6); // services, tariffs, options of tariffs, options of services, costs, planned changes
  });

  it('browses every offering with its options and prices in a fixed number of statements', async () => {
    const before = catalog.db.statements.count;
    const result = await catalog.call<{ tariffs: { edges: unknown[] } }>(
      `{ tariffs(first: 100) { edges { node { code name description kind monthlyFee { amount } setupFee { amount }
         included { name amount unit } regions status storagePlan { minGb tiers { upToGb pricePerGb { amount } } }
         options { code name monthlyFee { amount } exclusiveGroup } } } } }`,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.tariffs.edges.length).toBe(12);
    expect(catalog.db.statements.count - before).toBe(2); // the page, the options of all its tariffs
  });
});
