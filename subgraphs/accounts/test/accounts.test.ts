import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { subgraph } from '../src/server';

const plan = demoPlan([
  { key: 'a', name: 'ООО «А»', accounts: 7 },
  { key: 'b', name: 'ООО «Б»', accounts: 3 },
]);
const [a, b] = plan.companies;
const adminOf = (c: typeof a): Viewer => ({ userId: c.admin.id, companyId: c.id, role: 'ADMIN' });
const operator: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };

const ACCOUNTS = `query ($id: ID!, $first: Int, $after: String) { company(id: $id) {
  name accountGroups { name } personalAccounts(first: $first, after: $after) {
    totalCount edges { node { number group { name } company { name } } } pageInfo { hasNextPage endCursor } } } }`;

describe('accounts subgraph', () => {
  let accounts: RunningSubgraph;
  beforeAll(async () => {
    accounts = await startSubgraph(subgraph, plan);
  });
  afterAll(() => accounts?.stop());

  it('serves a company with its groups and a page of accounts', async () => {
    const result = await accounts.call<{
      company: { personalAccounts: { totalCount: number; edges: unknown[] } };
    }>(ACCOUNTS, { id: a.id, first: 5 }, adminOf(a));
    expect(result.errors).toBeUndefined();
    expect(result.data?.company).toMatchObject({
      name: a.name,
      accountGroups: expect.arrayContaining(a.groups.map((g) => ({ name: g.name }))),
      personalAccounts: { totalCount: 7, pageInfo: { hasNextPage: true } },
    });
    expect(result.data?.company.personalAccounts.edges).toHaveLength(5);
  });

  it('resolves entity references only within the caller company', async () => {
    const entities = `query ($reps: [_Any!]!) { _entities(representations: $reps) { ... on PersonalAccount { number } } }`;
    const reps = [
      { __typename: 'PersonalAccount', id: a.accounts[0].id },
      { __typename: 'PersonalAccount', id: b.accounts[0].id },
    ];
    const asA = await accounts.call<{ _entities: ({ number: string } | null)[] }>(
      entities,
      { reps },
      adminOf(a),
    );
    expect(asA.data?._entities).toEqual([{ number: a.accounts[0].number }, null]);
    expect(asA.errors?.map((e) => e.extensions?.code)).toEqual(['NOT_FOUND']);
    const asStaff = await accounts.call<{ _entities: unknown[] }>(entities, { reps }, operator);
    expect(asStaff.data?._entities).toEqual([
      { number: a.accounts[0].number },
      { number: b.accounts[0].number },
    ]);
  });

  it('pages many companies at once for staff without mixing their accounts', async () => {
    const result = await accounts.call<{
      companies: {
        edges: {
          node: { name: string; personalAccounts: { edges: { node: { company: { name: string } } }[] } };
        }[];
      };
    }>(
      '{ companies { edges { node { name personalAccounts(first: 2) { edges { node { company { name } } } } } } } }',
      {},
      operator,
    );
    for (const { node } of result.data?.companies.edges ?? []) {
      expect(node.personalAccounts.edges).toHaveLength(2);
      for (const edge of node.personalAccounts.edges) expect(edge.node.company.name).toBe(node.name);
    }
    expect(result.data?.companies.edges).toHaveLength(2);
  });

  it('registers a company and its audit event in one transaction (staff)', async () => {
    const created = await accounts.call<{ createCompany: { company: { id: string } } }>(
      'mutation ($i: CreateCompanyInput!) { createCompany(input: $i) { company { id } } }',
      { i: { name: 'ООО «Ромашка»', inn: '7707083893', kpp: '773601001', legalAddress: 'Москва' } },
      operator,
    );
    expect(created.errors).toBeUndefined();
    const [row] = await accounts.db.dataSource.query(
      `SELECT o.txid::text = c.xmin::text AS together FROM outbox o, companies c
       WHERE o.type = 'AuditEvent' AND o.payload->>'action' = 'accounts.createCompany' AND c.id = $1`,
      [created.data?.createCompany.company.id],
    );
    expect(row?.together).toBe(true);
  });

  it('asks anonymous callers to authenticate', async () => {
    const result = await accounts.call(ACCOUNTS, { id: a.id });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
