// Start-up time (cold: initdb, migrations, seed; warm: existing data) and the cross-graph dashboard query.
import { benchSystem, graphql, login, ms, percentile } from './lib.mjs';

const DASHBOARD = `{ me { company { name personalAccounts(first: 50) { totalCount edges { node {
  number balance { amount currency } services { tariff { name } } } } } } } news(first: 5) { edges { node { title } } } }`;

export async function run() {
  const bench = await benchSystem();
  try {
    const cold = await bench.launch();
    await cold.stop();
    const system = await bench.launch();
    console.log(
      `start-up to ready: cold ${cold.seconds.toFixed(2)} s (initdb, migrations, seed), warm ${system.seconds.toFixed(2)} s`,
    );

    const auth = { authorization: `Bearer ${await login(bench.gatewayUrl, 'demo-admin')}` };
    for (let i = 0; i < 30; i++) await graphql(bench.gatewayUrl, DASHBOARD, {}, auth);
    const latencies = [];
    for (let i = 0; i < 300; i++) {
      const t = performance.now();
      await graphql(bench.gatewayUrl, DASHBOARD, {}, auth);
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `dashboard query (50 accounts, 5 subgraphs), sequential x300: p50 ${ms(percentile(latencies, 50))}, ` +
        `p95 ${ms(percentile(latencies, 95))}, p99 ${ms(percentile(latencies, 99))}`,
    );
    const total = 1000;
    let next = 0;
    const t = performance.now();
    await Promise.all(
      Array.from({ length: 20 }, async () => {
        while (next++ < total) await graphql(bench.gatewayUrl, DASHBOARD, {}, auth);
      }),
    );
    console.log(
      `dashboard query, ${total} requests at concurrency 20: ${(total / ((performance.now() - t) / 1000)).toFixed(0)} req/s`,
    );
    await system.stop();
  } finally {
    bench.remove();
  }
}
