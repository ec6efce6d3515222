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

  it('lists the services of many accounts with their tariffs in two statements', async () => {
    const before = catalog.db.statements.count;
    const result = await catalog.call<Services>(
      SERVICES,
      { reps: a.accounts.map((acc) => ({ __typename: 'PersonalAccount', id: acc.id })) },
      { userId: a.admin.id, companyId: a.id, role: 'VIEWER' },
    );
    expect(result.errors).toBeUndefined();
    expect(catalog.db.statements.count - before).toBe(2);
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

  it('offers the public tariff catalog, filtered by kind', async () => {
    const all = await catalog.call<{ tariffs: { code: string }[] }>('{ tariffs { code } }');
    expect(all.data?.tariffs.map((t) => t.code).sort()).toEqual(plan.tariffs.map((t) => t.code).sort());
    const internet = await catalog.call<{ tariffs: { code: string; monthlyFee: { amount: string } }[] }>(
      '{ tariffs(kind: INTERNET) { code monthlyFee { amount } } }',
    );
    expect(internet.data?.tariffs).toEqual([
      { code: 'NET-100', monthlyFee: { amount: '2500.00' } },
      { code: 'NET-500', monthlyFee: { amount: '5900.00' } },
    ]);
  });
});
