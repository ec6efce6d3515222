// The account list and the group tree of large companies, through the gateway:
// - a page of 50 accounts (balance, number of services, group path) of a company with 5,000 accounts, searched by
//   a fragment of an address and sorted by balance, and sorted by balance alone: p50/p95 of 100 each;
// - the tree of a company of 500 accounts in 60 groups (10 regions of 5 cities), each group with its balance total,
//   debt and services by kind: p50/p95 of 100.
// - a group operation suspending the services of all 5,000 accounts: the time to record it, and accounts/s applied.
// That the SQL statements of a list page do not grow with the company is asserted by test/e2e/account-list.test.ts.
import { join } from 'node:path';
import { benchSystem, graphql, login, require, root, timed } from './lib.mjs';

const { Client } = require(join(root, 'node_modules/pg'));

const PAGE = `query ($id: ID!, $f: PersonalAccountFilter) { company(id: $id) {
  personalAccounts(filter: $f, orderBy: { field: BALANCE, direction: DESC }, first: 50) { totalCount
    edges { node { number name balance { amount } groupPath { name } services { id } } } } } }`;
const TREE = `{ me { company { accountGroups { name path { id } balanceTotal { amount } amountDue { amount }
  serviceCounts { kind count } } } } }`;

/** Waits until accounts has read every balance billing published (the list sorts by them). */
async function projectionsCaughtUp(db) {
  for (;;) {
    const { rows } = await db.query(
      `SELECT (SELECT count(DISTINCT payload->>'accountId') FROM billing.outbox WHERE type = 'BalanceChanged') AS billed,
              (SELECT count(*) FROM accounts.account_balances) AS kept`,
    );
    if (rows[0].billed === rows[0].kept) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

export async function run() {
  const bench = await benchSystem({
    DEMO_ACCOUNTS: 5_000,
    DEMO_EXTRA_COMPANIES: 1,
    DEMO_EXTRA_ACCOUNTS: 500,
  });
  const system = await bench.launch();
  const db = new Client(`postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`);
  await db.connect();
  try {
    await projectionsCaughtUp(db);
    const admin = { authorization: `Bearer ${await login(bench.gatewayUrl, 'demo-admin')}` };
    const { me } = await graphql(bench.gatewayUrl, '{ me { company { id } } }', {}, admin);
    const searched = await graphql(
      bench.gatewayUrl,
      PAGE,
      { id: me.company.id, f: { search: 'садовая, д. 1' } },
      admin,
    );
    await timed(
      `5,000 accounts: search "садовая, д. 1" (${searched.company.personalAccounts.totalCount} found), by balance, page of 50`,
      () => graphql(bench.gatewayUrl, PAGE, { id: me.company.id, f: { search: 'садовая, д. 1' } }, admin),
    );
    await timed('5,000 accounts: all, by balance, page of 50', () =>
      graphql(bench.gatewayUrl, PAGE, { id: me.company.id }, admin),
    );

    // A tree of 10 regions × 5 cities for the 500-account company, its accounts spread over the cities.
    const bulk = { authorization: `Bearer ${await login(bench.gatewayUrl, 'bulk-1-admin')}` };
    const create = async (name, parentId) =>
      (
        await graphql(
          bench.gatewayUrl,
          'mutation ($i: CreateAccountGroupInput!) { createAccountGroup(input: $i) { group { id } } }',
          { i: { name, parentId } },
          bulk,
        )
      ).createAccountGroup.group.id;
    const cities = [];
    for (let r = 0; r < 10; r++) {
      const region = await create(`Регион ${r + 1}`);
      for (let c = 0; c < 5; c++) cities.push(await create(`Город ${r + 1}.${c + 1}`, region));
    }
    const { rows } = await db.query(
      `SELECT a.id FROM accounts.personal_accounts a JOIN accounts.companies c ON c.id = a.company_id
       WHERE c.name LIKE '%Нагрузка 1%' ORDER BY a.number`,
    );
    for (const [i, city] of cities.entries()) {
      const accountIds = rows.filter((_, j) => j % cities.length === i).map((row) => row.id);
      await graphql(
        bench.gatewayUrl,
        'mutation ($i: MoveAccountsToGroupInput!) { moveAccountsToGroup(input: $i) { group { id } } }',
        { i: { accountIds, groupId: city } },
        bulk,
      );
    }
    const tree = await graphql(bench.gatewayUrl, TREE, {}, bulk);
    await timed(
      `tree of ${rows.length} accounts in ${tree.me.company.accountGroups.length} groups with totals and service counts`,
      () => graphql(bench.gatewayUrl, TREE, {}, bulk),
    );

    // A group operation over every account of the 5,000-account company: how long accounts takes to check and
    // record it, and how fast catalog then freezes the services, account by account.
    const { rows: all } = await db.query(
      'SELECT id FROM accounts.personal_accounts WHERE company_id = $1 ORDER BY number',
      [me.company.id],
    );
    const resumeOn = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const startedAt = performance.now();
    const { startBulkOperation } = await graphql(
      bench.gatewayUrl,
      'mutation ($i: StartBulkOperationInput!) { startBulkOperation(input: $i) { operation { id total } } }',
      {
        i: {
          kind: 'SUSPEND_SERVICES',
          accountIds: all.map((r) => r.id),
          params: { resumeOn },
          idempotencyKey: 'bench-bulk-1',
        },
      },
      admin,
    );
    const recorded = performance.now() - startedAt;
    const JOB = 'query ($id: ID!) { bulkOperation(id: $id) { status done failed } }';
    let job;
    do {
      await new Promise((resolve) => setTimeout(resolve, 500));
      ({ bulkOperation: job } = await graphql(
        bench.gatewayUrl,
        JOB,
        { id: startBulkOperation.operation.id },
        admin,
      ));
    } while (!['COMPLETED', 'COMPLETED_WITH_ERRORS', 'CANCELLED'].includes(job.status));
    const seconds = (performance.now() - startedAt) / 1000;
    const { rows: frozen } = await db.query(
      'SELECT count(*)::int AS n FROM catalog.service_freezes f JOIN catalog.services s ON s.id = f.service_id WHERE s.company_id = $1',
      [me.company.id],
    );
    console.log(
      `bulk suspend of ${all.length} accounts: recorded in ${recorded.toFixed(0)} ms; ${job.status} (${job.done} done, ` +
        `${job.failed} refused) in ${seconds.toFixed(1)} s = ${(all.length / seconds).toFixed(0)} accounts/s, ` +
        `${(frozen[0].n / seconds).toFixed(0)} services frozen/s`,
    );
  } finally {
    await db.end();
    await system.stop();
    bench.remove();
  }
}
