// Start-up time (cold: initdb, migrations, seed; warm: existing data) and the cross-graph dashboard query, for
// the company's administrator and for a viewer whose access list names one group (half the accounts).
import { join } from 'node:path';
import { benchSystem, graphql, login, ms, percentile, require, root } from './lib.mjs';

const { createTokenSigner } = require(join(root, 'subgraphs/kit/dist/core/tokens.js'));
const { stableId } = require(join(root, 'subgraphs/kit/dist/ids.js'));

export const DASHBOARD = `{ me { company { name personalAccounts(first: 50) { totalCount edges { node {
  number balance { amount currency } services { tariff { name } } } } } } } news(first: 5) { edges { node { title } } } }`;

/** An access token for a VIEWER of the demo company limited to its second group (the Kazan branch). */
async function groupViewerToken(secrets) {
  const sign = createTokenSigner({
    privateKeyPem: secrets.privateKeyPem,
    keyId: secrets.keyId,
    ttlSeconds: 900,
  });
  const { token } = await sign({
    userId: stableId('user:demo:admin'),
    companyId: stableId('company:demo'),
    role: 'VIEWER',
    accountIds: [],
    groupIds: [stableId('group:demo:1')],
  });
  return token;
}

async function measureDashboard(gatewayUrl, who, token) {
  const auth = { authorization: `Bearer ${token}` };
  const first = await graphql(gatewayUrl, DASHBOARD, {}, auth);
  const accounts = first.me.company.personalAccounts.totalCount;
  for (let i = 0; i < 30; i++) await graphql(gatewayUrl, DASHBOARD, {}, auth);
  const latencies = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await graphql(gatewayUrl, DASHBOARD, {}, auth);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `dashboard query as ${who} (${accounts} accounts, 5 subgraphs), sequential x300: ` +
      `p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}`,
  );
  const total = 1000;
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: 20 }, async () => {
      while (next++ < total) await graphql(gatewayUrl, DASHBOARD, {}, auth);
    }),
  );
  console.log(
    `dashboard query as ${who}, ${total} requests at concurrency 20: ${(total / ((performance.now() - t) / 1000)).toFixed(0)} req/s`,
  );
}

export async function run() {
  const bench = await benchSystem();
  try {
    const cold = await bench.launch();
    await cold.stop();
    const system = await bench.launch();
    console.log(
      `start-up to ready: cold ${cold.seconds.toFixed(2)} s (initdb, migrations, seed), warm ${system.seconds.toFixed(2)} s`,
    );
    await measureDashboard(
      bench.gatewayUrl,
      'the administrator',
      await login(bench.gatewayUrl, 'demo-admin'),
    );
    await measureDashboard(
      bench.gatewayUrl,
      'a viewer limited to a group',
      await groupViewerToken(bench.secrets()),
    );
    await system.stop();
  } finally {
    bench.remove();
  }
}
