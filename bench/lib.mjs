// Shared by the benchmarks: start the whole system with the launcher in a temporary folder, talk GraphQL.
import { execFileSync, spawn } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const require = createRequire(import.meta.url);
export const { freePort, freePortRange } = require(join(root, 'subgraphs/kit/dist/testing/ports.js'));

/** A data folder and ports of its own; `launch()` starts the system there (again, warm, if called again). */
export async function benchSystem(env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'kabinet-bench-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as its own user and must reach its folder inside
  // Seven neighbouring ports (five subgraphs, the gateway, PostgreSQL), below the OS's ephemeral range so
  // outgoing connections cannot take them meanwhile.
  const base = await freePortRange(7);
  const ports = { SUBGRAPH_PORT_BASE: base, PORT: base + 5, PG_PORT: base + 6 };
  const gatewayUrl = `http://127.0.0.1:${ports.PORT}/graphql`;
  const launch = async () => {
    const started = performance.now();
    const child = spawn(process.execPath, [join(root, 'dev/stack/start.mjs')], {
      env: {
        ...process.env,
        ...stringify(ports),
        // A benchmark is one client asking as fast as it can: the gateway's rate limits would measure themselves.
        ...stringify({
          RATE_LIMIT_PER_IP: 1e9,
          RATE_LIMIT_PER_USER: 1e9,
          RATE_LIMIT_SENSITIVE_PER_IP: 1e9,
          COST_BUDGET_PER_MINUTE: 1e12,
        }),
        ...stringify(env),
        KABINET_DATA_DIR: dataDir,
        LOG_LEVEL: 'warn',
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
    return {
      seconds: (performance.now() - started) / 1000,
      /** Resident memory of one service process, in MiB. */
      rssMiB(service) {
        const pids = execFileSync('pgrep', ['-P', String(child.pid)])
          .toString()
          .trim()
          .split('\n');
        const pid = pids.find((p) =>
          execFileSync('ps', ['-o', 'args=', '-p', p]).toString().includes(service),
        );
        const status = readFileSync(`/proc/${pid}/status`, 'utf8');
        return Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024;
      },
      /** CPU seconds used so far by each kind of process under the launcher (services, PostgreSQL). */
      cpuSeconds: () => cpuSecondsUnder(child.pid),
      stop: () =>
        new Promise((resolve) => {
          child.once('exit', resolve);
          child.kill('SIGINT');
        }),
    };
  };
  const secrets = () => JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8'));
  return {
    gatewayUrl,
    ports,
    launch,
    secrets,
    secretsPath: join(dataDir, 'secrets.json'),
    remove: () => rmSync(dataDir, { recursive: true, force: true }),
  };
}

const stringify = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, String(v)]));

export async function graphql(url, query, variables = {}, headers = {}) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

export async function login(url, loginName, password = 'Kabinet-demo-2026') {
  const data = await graphql(url, 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }', {
    i: { login: loginName, password },
  });
  return data.login.accessToken;
}

export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const ms = (n) => `${n.toFixed(1)} ms`;

const TICKS_PER_SECOND = 100;

/** CPU seconds (user + system) of every process below `pid`, summed by what the process runs. */
export function cpuSecondsUnder(pid) {
  const totals = {};
  const visit = (parent) => {
    let children = [];
    try {
      children = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8')
        .trim()
        .split(/\s+/)
        .filter(Boolean);
    } catch {
      return;
    }
    for (const child of children) {
      try {
        const args = readFileSync(`/proc/${child}/cmdline`, 'utf8').split('\0');
        const script = args.find((a) => /\.m?js$/.test(a));
        const name = script
          ? script.replace(/^.*?(gateway|subgraphs\/\w+|[\w-]+\.mjs).*$/, '$1')
          : 'postgres';
        totals[name] = (totals[name] ?? 0) + processCpuSeconds(child);
      } catch {}
      visit(child);
    }
  };
  visit(pid);
  return totals;
}

/** The CPU each process kind used between two `cpuSeconds()` readings, as a share of one core. */
export function cpuShare(before, after, seconds) {
  return Object.entries(after)
    .map(([name, total]) => `${name} ${(((total - (before[name] ?? 0)) / seconds) * 100).toFixed(0)}%`)
    .join(', ');
}

/** CPU seconds (user + system) one process has used. */
export function processCpuSeconds(pid) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Runs `call` 5 times to warm up, then 100 times, and prints its p50 and p95 under `label`. */
export async function timed(label, call) {
  for (let i = 0; i < 5; i++) await call();
  const latencies = [];
  for (let i = 0; i < 100; i++) {
    const t = performance.now();
    await call();
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(`${label}, x100: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`);
}
