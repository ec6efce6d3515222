// Kabinet's gateway against plain @apollo/gateway and @graphql-hive/gateway: the same subgraphs, the same query,
// one gateway at a time in a process of its own on this machine. Issue 15's goal: at least twice Apollo's
// throughput per process, and ahead of Hive with its deduplication off.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { load } from './gateways/load.mjs';
import { HEAVY_QUERY, SUBGRAPHS } from './gateways/subgraphs.mjs';
import { benchSystem, freePort, freePortRange, login, ms, processCpuSeconds, require, root } from './lib.mjs';
import { DASHBOARD } from './startup-and-query.mjs';

const { composeServices } = require('@apollo/composition');
const { parse } = require('graphql');

const here = join(root, 'bench/gateways');
const SECONDS = 10;
const CONCURRENCY = 16;

/** Starts `node <args>` and resolves once it prints "ready" (or the gateway's log says it listens). */
function start(args, env = {}) {
  const child = spawn(process.execPath, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (d) => {
      output += d;
      if (/ready/.test(output)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`${args[0]} exited with ${code}:\n${output}`)));
  });
}

/** SIGTERM, and SIGKILL after 3 s: Hive's runtime disposes itself on SIGTERM but leaves its process running. */
const stop = (child) =>
  new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });

export const GATEWAYS = {
  kabinet: (port, supergraphPath, env = {}) =>
    start([join(root, 'gateway/dist/main.js')], {
      PORT: String(port),
      SUPERGRAPH_PATH: supergraphPath,
      GATEWAY_SECRET: 'bench-gateway-secret-0123456789',
      LOG_LEVEL: 'info', // its one info line says it is ready; nothing is logged per request
      // Protections on, with limits no single benchmark client reaches: every request still passes them.
      RATE_LIMIT_PER_IP: '1000000000',
      RATE_LIMIT_PER_USER: '1000000000',
      COST_BUDGET_PER_MINUTE: '1000000000000',
      // The heavy query's unpaged lists count 50 items each: cost ~29,000, over the default 25,000 per operation.
      MAX_QUERY_COST: '100000',
      // Like for like: every request executed (sharing identical queries in flight is measured on its own).
      DEDUPLICATE_QUERIES: 'off',
      ...env,
    }),
  apollo: (port, supergraphPath, _env, secretsPath) =>
    start([join(here, 'apollo.mjs'), String(port), supergraphPath, ...(secretsPath ? [secretsPath] : [])]),
  hive: (port, supergraphPath, _env, secretsPath) =>
    start([join(here, 'hive.mjs'), String(port), supergraphPath, ...(secretsPath ? [secretsPath] : [])]),
};

/**
 * One gateway under load: its first answer must be data (as `answered` expects; kept, to compare gateways),
 * then 2 s of warm-up and SECONDS measured, every answer as long as the first when `sameLength`. `cpuSeconds`
 * reads the gateway process's CPU, for what it spends per request.
 */
async function measureAt(
  name,
  url,
  body,
  { headers = {}, concurrency = CONCURRENCY, cpuSeconds, sameLength, answered = () => true },
) {
  const first = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  const text = await first.text();
  const answer = JSON.parse(text);
  if (answer.errors || !answer.data || !answered(answer.data))
    throw new Error(`${name} answered ${text.slice(0, 500)}`);
  const expectedLength = sameLength ? text.length : undefined;
  await load({ url, body, headers, concurrency, seconds: 2, expectedLength });
  const cpuBefore = cpuSeconds();
  const result = await load({ url, body, headers, concurrency, seconds: SECONDS, expectedLength });
  const cpu = cpuSeconds() - cpuBefore;
  return {
    ...result,
    cpuShare: cpu / SECONDS,
    cpuMs: (cpu / result.requests) * 1000,
    bytes: text.length,
    data: answer.data,
  };
}

/** One gateway started on the bench's subgraphs, measured, stopped. */
async function measure(name, port, supergraphPath, body, { concurrency = CONCURRENCY, env } = {}) {
  const child = await GATEWAYS[name](port, supergraphPath, env);
  try {
    const url = `http://127.0.0.1:${port}/graphql`;
    return await measureAt(name, url, body, {
      concurrency,
      cpuSeconds: () => processCpuSeconds(child.pid),
      sameLength: true,
    });
  } finally {
    await stop(child);
  }
}

const printRatios = (label, results) => {
  for (const other of ['apollo', 'hive'])
    console.log(
      `${label}kabinet / ${other}: ${(results.kabinet.rps / results[other].rps).toFixed(2)}× throughput`,
    );
};

/**
 * Kabinet's dashboard query over the real system (five subgraphs on PostgreSQL, demo data), through Kabinet's
 * gateway and through the other two started beside it on the same subgraphs, each authenticating to them as
 * Kabinet's does. Here the subgraphs and the database take most of the machine, so gateways differ less.
 */
export async function dashboard() {
  const bench = await benchSystem({ DEDUPLICATE_QUERIES: 'off' });
  const system = await bench.launch();
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-dashboard-'));
  try {
    const base = bench.ports.SUBGRAPH_PORT_BASE;
    const order = ['identity', 'accounts', 'billing', 'catalog', 'support'];
    const supergraph = readFileSync(join(root, 'schema/supergraph.graphql'), 'utf8').replace(
      /url: "http:\/\/localhost:\d+\/graphql"/g,
      (_, offset, text) => {
        const name = /name: "(\w+)"/.exec(text.slice(text.lastIndexOf('@join__graph', offset)))[1];
        return `url: "http://127.0.0.1:${base + order.indexOf(name)}/graphql"`;
      },
    );
    const supergraphPath = join(dir, 'supergraph.graphql');
    writeFileSync(supergraphPath, supergraph);
    const token = await login(bench.gatewayUrl, 'demo-admin');
    const headers = { authorization: `Bearer ${token}` };
    const body = JSON.stringify({ query: DASHBOARD });
    const results = {};
    for (const name of ['kabinet', 'apollo', 'hive']) {
      let child = null;
      let url = bench.gatewayUrl;
      if (name !== 'kabinet') {
        const port = await freePort();
        child = await GATEWAYS[name](port, supergraphPath, {}, bench.secretsPath);
        url = `http://127.0.0.1:${port}/graphql`;
      }
      try {
        // Balances move as the demo runs: answers are checked for data, not for their length.
        const r = await measureAt(name, url, body, {
          headers,
          answered: (data) => Boolean(data.me), // signed in, as the demo administrator
          cpuSeconds: () => (child ? processCpuSeconds(child.pid) : system.cpuSeconds().gateway),
        });
        results[name] = r;
        console.log(
          `dashboard query (5 subgraphs, real data), ${name}: ${r.rps.toFixed(0)} req/s, p50 ${ms(r.p50)}, ` +
            `p99 ${ms(r.p99)}, gateway CPU ${r.cpuMs.toFixed(1)} ms a request, ${r.failures} failed ` +
            `(concurrency ${CONCURRENCY}, ${SECONDS} s)`,
        );
      } finally {
        if (child) await stop(child);
      }
    }
    printRatios('dashboard, ', results);
  } finally {
    await system.stop();
    bench.remove();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function run() {
  await heavy();
  await dashboard();
}

export async function heavy() {
  const base = await freePortRange(8);
  const dir = mkdtempSync(join(tmpdir(), 'kabinet-gateways-'));
  const names = Object.keys(SUBGRAPHS);
  const composed = composeServices(
    names.map((name, i) => ({
      name,
      url: `http://127.0.0.1:${base + i}/graphql`,
      typeDefs: parse(SUBGRAPHS[name].typeDefs),
    })),
  );
  if (!composed.supergraphSdl) throw new Error(composed.errors.join('\n'));
  const supergraphPath = join(dir, 'supergraph.graphql');
  writeFileSync(supergraphPath, composed.supergraphSdl);
  const subgraphs = await start([join(here, 'subgraphs.mjs'), String(base)]);
  try {
    const body = JSON.stringify({ query: HEAVY_QUERY, operationName: 'Heavy' });
    const chosen = ['kabinet', 'apollo', 'hive'];
    const results = {};
    for (const name of chosen) {
      results[name] = await measure(name, base + 5, supergraphPath, body);
      const r = results[name];
      console.log(
        `heavy query (4 subgraphs, ${(r.bytes / 1024).toFixed(1)} KB), ${name}: ${r.rps.toFixed(0)} req/s, ` +
          `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, gateway CPU ${(r.cpuShare * 100).toFixed(0)}% ` +
          `(${r.cpuMs.toFixed(1)} ms a request), ${r.failures} failed ` +
          `(concurrency ${CONCURRENCY}, ${SECONDS} s)`,
      );
    }
    const same = chosen.every(
      (n) => JSON.stringify(results[n].data) === JSON.stringify(results[chosen[0]].data),
    );
    if (!same) console.log('!! the gateways answered differently');
    printRatios('', results);
    // Apart from the above: fifty people of one company open the same dashboard at once, again and again.
    // Identical queries in flight with the same access share one execution.
    for (const sharing of ['off', 'on']) {
      const r = await measure('kabinet', base + 5, supergraphPath, body, {
        concurrency: 50,
        env: { DEDUPLICATE_QUERIES: sharing },
      });
      console.log(
        `heavy query, 50 clients at once, kabinet with sharing ${sharing}: ${r.rps.toFixed(0)} req/s, ` +
          `p50 ${ms(r.p50)}, p99 ${ms(r.p99)}, gateway CPU ${(r.cpuShare * 100).toFixed(0)}%, ${r.failures} failed`,
      );
    }
  } finally {
    await stop(subgraphs);
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === new URL(import.meta.url).pathname) await run();
