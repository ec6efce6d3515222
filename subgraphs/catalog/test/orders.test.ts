import { randomUUID } from 'node:crypto';
import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph, streamHead } from '@kabinet/kit/testing';
import type DataLoader from 'dataloader';
import type { Loaders } from '../src/loaders';
import { lockOrder, moveOrder } from '../src/orders/move';
import { catalogSubgraph } from '../src/server';

const plan = demoPlan([{ key: 'a', name: 'ООО «А»', accounts: 1 }]);
const [a] = plan.companies;
const admin: Viewer = { userId: a.admin.id, companyId: a.id, role: 'ADMIN' };

interface Change {
  orderStatusChanged: { status: string; order: { id: string; status: string; tariff: { code: string } } };
}

describe('catalog: orderStatusChanged', () => {
  /** The keys each loaders object the subgraph made has loaded: a DataLoader caches every one until dropped. */
  const loaded: Set<string>[] = [];
  const recording = (loaders: Loaders): Loaders => {
    const keys = new Set<string>();
    loaded.push(keys);
    for (const [name, loader] of Object.entries(loaders) as [string, DataLoader<string, unknown>][]) {
      const load = loader.load.bind(loader);
      loader.load = (key) => {
        keys.add(`${name}:${key}`);
        return load(key);
      };
    }
    return loaders;
  };
  let catalog: RunningSubgraph;
  beforeAll(async () => {
    const subgraph = catalogSubgraph();
    catalog = await startSubgraph(
      { ...subgraph, createLoaders: (db, viewer) => recording(subgraph.createLoaders(db, viewer)) },
      plan,
    );
  });
  afterAll(() => catalog?.stop());

  it('keeps nothing an event loaded for the next one: 1,000 changes, each read with loaders of its own', async () => {
    const EVENTS = 1000;
    const ids = Array.from({ length: EVENTS }, () => randomUUID());
    const tariff = plan.tariffs.find((t) => t.code === 'NET-500');
    await catalog.db.dataSource.query(
      `INSERT INTO orders (id, account_id, company_id, tariff_id, status)
       SELECT id, $2, $3, $4, 'IN_PROGRESS' FROM unnest($1::uuid[]) AS id`,
      [ids, a.accounts[0].id, a.id, tariff?.id],
    );
    const firstLoaders = loaded.length;
    const live = catalog.subscribe<Change>(
      `subscription ($after: Int) { orderStatusChanged(after: $after) {
         status order { id status tariff { code } } } }`,
      { after: await streamHead(catalog.db, a.id) },
      admin,
    );
    await catalog.db.dataSource.transaction(async (tx) => {
      for (const orderId of ids) {
        const order = await lockOrder(tx, orderId, null);
        await moveOrder(
          tx,
          order,
          { status: 'AWAITING_CONFIRMATION', actor: { kind: 'STAFF', id: null }, reason: null },
          new Date(),
        );
      }
    });
    await live.waitFor(EVENTS, 60_000);
    expect(live.results.map((r) => r.data?.orderStatusChanged)).toEqual(
      ids.map((id) => ({
        status: 'AWAITING_CONFIRMATION',
        order: { id, status: 'AWAITING_CONFIRMATION', tariff: { code: 'NET-500' } },
      })),
    );
    // One order and its tariff per event; loaders that lived as long as the subscription held all 1,000.
    expect(Math.max(...loaded.slice(firstLoaders).map((keys) => keys.size))).toBe(2);
    live.dispose();
  });
});
