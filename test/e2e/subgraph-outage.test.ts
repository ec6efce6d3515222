// A subgraph of the real system stopped in the middle of use (issue 15, resilience): the gateway answers with
// the other subgraphs' data and SUBGRAPH_UNAVAILABLE for the missing fields, and in full once it is back —
// no restart of the gateway.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { stableId } from '@kabinet/kit';
import { eventually } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 2 }]);
const [a] = plan.companies;
// A dashboard's panels: the account (accounts, billing) and a tariff (catalog, nullable like a panel should be).
const QUERY = `query ($id: ID!, $tariff: ID!) { personalAccount(id: $id) { number balance { amount } }
  tariff(id: $tariff) { name } }`;

interface Answer {
  personalAccount: { number: string; balance: { amount: string } };
  tariff: { name: string } | null;
}

describe('a subgraph going down and coming back', () => {
  let system: RunningSystem;
  let admin: string;
  beforeAll(async () => {
    system = await startSystem(plan, { upstream: { breaker: { failures: 3, openMs: 200 } } });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('answers with what the others hold while catalog is down, and in full when it is back', async () => {
    const variables = { id: a.accounts[0].id, tariff: stableId('tariff:NET-100') };
    const full = await system.query<Answer>(QUERY, variables, admin);
    expect(full.errors).toBeUndefined();
    expect(full.data?.tariff?.name).toBeTruthy();

    await system.stopSubgraph('catalog');
    const partial = await system.query<Answer>(QUERY, variables, admin);
    expect(partial.data).toEqual({ personalAccount: full.data?.personalAccount, tariff: null });
    expect(partial.errors).toEqual([
      {
        message: 'The catalog subgraph is unavailable',
        path: ['tariff'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'catalog', serviceName: 'catalog' },
      },
    ]);

    await system.startSubgraph('catalog');
    await eventually(async () => {
      const back = await system.query<Answer>(QUERY, variables, admin);
      return back.errors === undefined && back.data?.tariff?.name === full.data?.tariff?.name;
    }, 'catalog answering again');
  });

  it('has every subgraph count its operations in its own /metrics, as the gateway does', async () => {
    await system.query(QUERY, { id: a.accounts[0].id, tariff: stableId('tariff:NET-100') }, admin);
    const catalog = await (await fetch(new URL('/metrics', system.subgraphs.catalog.url))).text();
    expect(catalog).toMatch(/^kabinet_catalog_requests_total\{operation="[^"]+",code="OK"\} [1-9]/m);
    expect(catalog).toMatch(/^kabinet_catalog_process_resident_memory_bytes [1-9]/m);
    const gateway = await (await fetch(new URL('/metrics', system.gatewayUrl))).text();
    expect(gateway).toMatch(
      /^kabinet_gateway_subgraph_fetch_duration_seconds_count\{subgraph="catalog",outcome="ok"\} [1-9]/m,
    );
    expect(gateway).toMatch(
      /^kabinet_gateway_subgraph_fetch_duration_seconds_count\{subgraph="catalog",outcome="unavailable"\} [1-9]/m,
    );
  });
});
