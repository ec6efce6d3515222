// Benchmarks (not part of npm test): `npm run bench`. Prints:
//  - start-up: from launching `npm start`'s launcher to "ready", cold (new data folder) and warm (existing);
//  - the cross-graph dashboard query through the gateway: latency percentiles and throughput.
// Everything runs on loopback in a temporary data folder with its own ports.
import { spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { freePort } = createRequire(import.meta.url)(join(root, 'subgraphs/kit/dist/core/http.js'));
const dataDir = mkdtempSync(join(tmpdir(), 'kabinet-bench-'));
chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user and must reach its folder inside
const ports = { PORT: await freePort(), PG_PORT: await freePort(), SUBGRAPH_PORT_BASE: await freePort() };
const gateway = `http://127.0.0.1:${ports.PORT}/graphql`;

async function launch() {
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'subgraphs/kit/stack/start.mjs')], {
    env: {
      ...process.env,
      ...Object.fromEntries(Object.entries(ports).map(([k, v]) => [k, String(v)])),
      KABINET_DATA_DIR: dataDir,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let output = '';
  await new Promise((resolve, reject) => {
    child.stdout.on('data', (d) => {
      output += d;
      if (output.includes('Kabinet is ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`launcher exited with ${code}:\n${output}`)));
  });
  const seconds = (performance.now() - started) / 1000;
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', resolve);
      child.kill('SIGINT');
    });
  return { seconds, stop };
}

const post = async (query, variables, token) => {
  const response = await fetch(gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
};

const DASHBOARD = `{ me { company { name personalAccounts(first: 50) { totalCount edges { node {
  number balance { amount currency } services { tariff { name } } } } } } } news(first: 5) { edges { node { title } } } }`;

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  const cold = await launch();
  await cold.stop();
  const warm = await launch();
  console.log(
    `start-up to ready: cold ${cold.seconds.toFixed(2)} s (initdb, migrations, seed), warm ${warm.seconds.toFixed(2)} s`,
  );

  const { login } = await post('mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { login: 'demo-admin', password: 'Kabinet-demo-2026' },
  });
  const token = login.accessToken;
  for (let i = 0; i < 30; i++) await post(DASHBOARD, {}, token); // warm-up

  const latencies = [];
  for (let i = 0; i < 300; i++) {
    const t = performance.now();
    await post(DASHBOARD, {}, token);
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `dashboard query (50 accounts, 5 subgraphs), sequential x300: p50 ${percentile(latencies, 50).toFixed(1)} ms, ` +
      `p95 ${percentile(latencies, 95).toFixed(1)} ms, p99 ${percentile(latencies, 99).toFixed(1)} ms`,
  );

  const total = 1000;
  const concurrency = 20;
  let next = 0;
  const t = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next++ < total) await post(DASHBOARD, {}, token);
    }),
  );
  const seconds = (performance.now() - t) / 1000;
  console.log(
    `dashboard query, ${total} requests at concurrency ${concurrency}: ${(total / seconds).toFixed(0)} req/s`,
  );
  await warm.stop();
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
