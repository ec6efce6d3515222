// The catalog through the gateway: the public browse query (every offering on sale with its options and prices,
// a page of 20: the gateway's cost limit refuses a page of 100 with every nested list)
// and the service list of an account with 20 and with 200 services (tariff, options, monthly cost, planned
// changes). p50/p95 of 100 requests each. That the SQL statements per request stay the same whatever the
// number of services is asserted by subgraphs/catalog/test/services.test.ts (six for the list, two to browse).
import { join } from 'node:path';
import { benchSystem, graphql, login, require, root, timed } from './lib.mjs';

const { Client } = require(join(root, 'node_modules/pg'));

const BROWSE = `{ tariffs(first: 20) { edges { node { code name description kind monthlyFee { amount }
  setupFee { amount } included { name amount unit } regions storagePlan { minGb maxGb tiers { upToGb pricePerGb { amount } } }
  options { code name monthlyFee { amount } exclusiveGroup } } } } }`;
const LIST = `query ($id: ID!) { personalAccount(id: $id) { services { id kind identifier status monthlyCost { amount }
  tariff { code name } options { code monthlyFee { amount } } plannedChanges { kind effectiveOn } } } }`;

export async function run() {
  const bench = await benchSystem();
  const system = await bench.launch();
  const db = new Client(`postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`);
  await db.connect();
  try {
    const admin = { authorization: `Bearer ${await login(bench.gatewayUrl, 'demo-admin')}` };
    const browsed = await graphql(bench.gatewayUrl, BROWSE);
    await timed(`browse: ${browsed.tariffs.edges.length} offerings with options and prices`, () =>
      graphql(bench.gatewayUrl, BROWSE),
    );
    const accounts = (
      await db.query(
        `SELECT account_id, company_id FROM catalog.services GROUP BY account_id, company_id ORDER BY account_id LIMIT 2`,
      )
    ).rows;
    for (const [{ account_id: accountId, company_id: companyId }, count] of [
      [accounts[0], 20],
      [accounts[1], 200],
    ]) {
      await db.query(
        `INSERT INTO catalog.services (id, account_id, company_id, tariff_id, status, activated_at, identifier, region)
         SELECT gen_random_uuid(), $1, $2, t.id, 'ACTIVE', now(), 'Линия ' || i, 'MOSCOW'
         FROM generate_series(1, $3 - (SELECT count(*) FROM catalog.services WHERE account_id = $1)) AS i,
           catalog.tariffs t WHERE t.code = 'NET-100'`,
        [accountId, companyId, count],
      );
      await db.query(
        `INSERT INTO catalog.service_options (service_id, option_id, connected_at)
         SELECT s.id, o.id, now() FROM catalog.services s, catalog.options o
         WHERE s.account_id = $1 AND o.code = 'STATIC-IP' AND s.identifier LIKE 'Линия %'`,
        [accountId],
      );
      const listed = await graphql(bench.gatewayUrl, LIST, { id: accountId }, admin);
      await timed(`service list of an account with ${listed.personalAccount.services.length} services`, () =>
        graphql(bench.gatewayUrl, LIST, { id: accountId }, admin),
      );
    }
  } finally {
    await db.end();
    await system.stop();
    bench.remove();
  }
}
