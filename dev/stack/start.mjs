// `npm start`: the whole system on one machine. Starts the embedded PostgreSQL (unless DATABASE_URL is
// set), the five subgraphs (each writing its share of the demo data first: with-demo-data.mjs) and the
// gateway as separate processes, waits until every one is ready, prints where to go and how to log in, and
// stops everything on Ctrl-C. A process that dies takes the rest down and is reported with its name and the
// end of its log.
import { spawn } from 'node:child_process';
import { createHash, generateKeyPairSync, randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDemoTraffic } from './demo-traffic.mjs';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';

const require = createRequire(import.meta.url);
const { SUBGRAPHS, GATEWAY_PORT } = require('@kabinet/kit/core');

const started = Date.now();
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataDir = process.env.KABINET_DATA_DIR ?? join(root, '.data');
const logDir = join(dataDir, 'logs');
const gatewayPort = Number(process.env.PORT ?? GATEWAY_PORT);
const subgraphPortBase = Number(process.env.SUBGRAPH_PORT_BASE ?? SUBGRAPHS[0].port);
// `npm start -- --production`: the gateway as deployed — only the web app's trusted documents run, no introspection.
const production = process.argv.includes('--production');
const seedDemo = ['1', 'true', 'yes', 'on'].includes((process.env.SEED_DEMO ?? '1').toLowerCase());
const LOG_TAIL = 30;

const children = [];
let database;
let traffic;
let stopping = false;

mkdirSync(logDir, { recursive: true });
// embedded-postgres installs exit hooks that stop PostgreSQL and exit(130) on the first signal, before the
// services using it have stopped; shutdown order is ours to keep, so those hooks go.
process.removeAllListeners('SIGINT');
process.removeAllListeners('SIGTERM');
process.once('SIGINT', () => stop(0));
process.once('SIGTERM', () => stop(0));

try {
  const secrets = loadSecrets();
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    database = await startEmbeddedPostgres({
      dir: databaseDir(),
      port: Number(process.env.PG_PORT ?? 54329),
    });
    databaseUrl = database.url;
  }
  const common = { DATABASE_URL: databaseUrl, GATEWAY_SECRET: secrets.gatewaySecret };
  const subgraphs = SUBGRAPHS.map(({ name }, i) => ({ name, port: subgraphPortBase + i }));
  // Billing's simulated acquirer signs its webhooks with this secret and sends them through the gateway;
  // billing signs documents with the operator's key.
  const billingEnv = {
    ACQUIRER_WEBHOOK_SECRET: secrets.acquirerWebhookSecret,
    GATEWAY_PUBLIC_URL: `http://127.0.0.1:${gatewayPort}`,
    DOCUMENT_SIGNING_KEY: secrets.documentSigningKey,
    DOCUMENT_KEY_ID: secrets.documentKeyId,
  };
  // Each subgraph's own entry; with the demo data, behind the preamble that writes its share first.
  const withDemoData = seedDemo ? join(root, 'dev', 'stack', 'with-demo-data.mjs') : null;
  await Promise.all(
    subgraphs.map(({ name, port }) => {
      const entry = join(root, 'subgraphs', name, 'dist', 'index.js');
      const keys =
        name === 'identity' ? { JWT_PRIVATE_KEY: secrets.privateKeyPem, JWT_KEY_ID: secrets.keyId } : {};
      const env = { ...common, PORT: String(port), ...keys, ...(name === 'billing' && billingEnv) };
      return run(name, entry, env, withDemoData).ready(`http://127.0.0.1:${port}/ready`);
    }),
  );
  const gateway = run('gateway', join(root, 'gateway', 'dist', 'main.js'), {
    PORT: String(gatewayPort),
    GATEWAY_SECRET: secrets.gatewaySecret,
    JWT_PUBLIC_KEY: secrets.publicKeyPem,
    JWT_KEY_ID: secrets.keyId,
    SUBGRAPH_URLS: subgraphs.map(({ name, port }) => `${name}=http://127.0.0.1:${port}/graphql`).join(','),
    // The cabinet web app on the gateway's origin, and its operations known by id (in production, the only ones).
    WEB_ROOT: join(root, 'web', 'dist'),
    TRUSTED_DOCUMENTS_PATH: join(root, 'web', 'src', 'generated', 'persisted-documents.json'),
    GATEWAY_MODE: production ? 'production' : 'development',
  }).ready(`http://127.0.0.1:${gatewayPort}/health`);
  gateway.catch(() => {}); // awaited below, once the plan is read
  // The demo world, for its logins: built output of this workspace (npm start builds first). It loads the
  // kit, so it is read while the gateway starts rather than before.
  const plan = require('../dist/index.js').demoPlanFromEnv();
  await gateway;

  const trafficMs = Number(process.env.DEMO_TRAFFIC_INTERVAL_MS ?? 1000);
  if (process.env.DEMO_TRAFFIC === '1' || process.env.DEMO_TRAFFIC === 'true') {
    traffic = await startDemoTraffic({
      gatewayUrl: `http://127.0.0.1:${gatewayPort}/graphql`,
      login: plan.staff[0].login,
      password: plan.staff[0].password,
      intervalMs: trafficMs,
      onError: (error) => console.error(`demo traffic: ${error.message}`),
    });
  }
  const lines = [
    `Kabinet is ready in ${((Date.now() - started) / 1000).toFixed(1)} s`,
    `  Cabinet:   http://localhost:${gatewayPort}/`,
    `  GraphQL:   http://localhost:${gatewayPort}/graphql${production ? "   (production: only the cabinet's operations)" : ''}`,
    ...(seedDemo
      ? [
          // The first two companies; load-test companies (DEMO_EXTRA_COMPANIES) log in as bulk-N-admin.
          ...plan.companies
            .slice(0, 2)
            .map((c) => `  login: ${c.admin.login}  password: ${c.admin.password}   (ADMIN of ${c.name})`),
          ...plan.staff.map(
            (s) => `  login: ${s.login}  password: ${s.password}   (operator staff, ${s.role})`,
          ),
        ]
      : []),
    `  database:  ${process.env.DATABASE_URL ? 'DATABASE_URL' : `embedded PostgreSQL on port ${database.port}`}`,
    `  logs:      ${relative(process.cwd(), logDir)}/`,
    ...(traffic ? [`  demo traffic: a payment or a call every ${trafficMs} ms, orders moving along`] : []),
    'Press Ctrl-C to stop.',
  ];
  console.log(lines.join('\n'));
} catch (error) {
  console.error(`Kabinet failed to start: ${error instanceof Error ? error.message : error}`);
  await stop(1);
}

/**
 * Where the embedded PostgreSQL keeps its files: .data/pg. PostgreSQL refuses to run as root, so as root it
 * runs as a `postgres` user, who must be able to reach that folder; when a parent folder is closed to others
 * (a checkout under /root, say), the files go to /var/tmp instead, and we say so.
 */
function databaseDir() {
  const wanted = join(dataDir, 'pg');
  if (process.getuid?.() !== 0 || reachableByOthers(dataDir)) return wanted;
  const fallback = join(
    '/var/tmp',
    `kabinet-${createHash('sha1').update(resolve(dataDir)).digest('hex').slice(0, 10)}`,
    'pg',
  );
  console.log(`Note: the postgres user cannot reach ${dataDir}; database files are kept in ${fallback}`);
  mkdirSync(dirname(fallback), { recursive: true, mode: 0o755 });
  return fallback;
}

function reachableByOthers(dir) {
  for (let d = resolve(dir); ; d = dirname(d)) {
    if ((statSync(d).mode & 0o001) === 0) return false;
    if (d === dirname(d)) return true;
  }
}

/** Dev secrets, made once and kept in the data folder; the environment overrides them. */
function loadSecrets() {
  const file = join(dataDir, 'secrets.json');
  if (!existsSync(file)) {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const fresh = {
      gatewaySecret: randomBytes(32).toString('hex'),
      keyId: `dev-${randomBytes(4).toString('hex')}`,
      privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
      publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }),
    };
    writeFileSync(file, JSON.stringify(fresh, null, 2), { mode: 0o600 });
  }
  const saved = JSON.parse(readFileSync(file, 'utf8'));
  // Added after the first secrets: a data folder made before gets it now.
  if (!saved.acquirerWebhookSecret || !saved.documentSigningKey) {
    saved.acquirerWebhookSecret ??= randomBytes(32).toString('hex');
    // The operator's document signing key: kept, so documents signed in earlier runs still verify.
    saved.documentSigningKey ??= generateKeyPairSync('ed25519').privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    });
    saved.documentKeyId ??= `dev-doc-${randomBytes(4).toString('hex')}`;
    writeFileSync(file, JSON.stringify(saved, null, 2), { mode: 0o600 });
  }
  return {
    gatewaySecret: process.env.GATEWAY_SECRET ?? saved.gatewaySecret,
    keyId: process.env.JWT_KEY_ID ?? saved.keyId,
    privateKeyPem: process.env.JWT_PRIVATE_KEY ?? saved.privateKeyPem,
    publicKeyPem: process.env.JWT_PUBLIC_KEY ?? saved.publicKeyPem,
    acquirerWebhookSecret: process.env.ACQUIRER_WEBHOOK_SECRET ?? saved.acquirerWebhookSecret,
    documentSigningKey: process.env.DOCUMENT_SIGNING_KEY ?? saved.documentSigningKey,
    documentKeyId: process.env.DOCUMENT_KEY_ID ?? saved.documentKeyId,
  };
}

/**
 * Starts one service process, its `preamble` (a script that runs `entry` after its own work) first if given;
 * its output goes to its log file and a short in-memory tail.
 */
function run(name, entry, env, preamble = null) {
  const logPath = join(logDir, `${name}.log`);
  const log = createWriteStream(logPath, { flags: 'a' });
  const tail = [];
  // SERVICE_NODE_ARGS passes flags to every service process, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = process.env.SERVICE_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
  const child = spawn(process.execPath, [...nodeArgs, ...(preamble ? [preamble] : []), entry], {
    env: { ...process.env, ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const record = (chunk) => {
    log.write(chunk);
    tail.push(...chunk.toString().split('\n').filter(Boolean));
    tail.splice(0, Math.max(0, tail.length - LOG_TAIL));
  };
  child.stdout.on('data', record);
  child.stderr.on('data', record);
  const service = { name, child, exited: false };
  children.push(service);
  const exited = new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      service.exited = true;
      log.end();
      resolve();
      if (stopping) return;
      console.error(
        `\n${name} stopped unexpectedly (${signal ?? `exit code ${code}`}). Last lines of ${relative(process.cwd(), logPath)}:`,
      );
      console.error(tail.map((line) => `  ${name} | ${line}`).join('\n'));
      stop(1);
    });
  });
  service.exitedPromise = exited;
  return {
    async ready(url) {
      const deadline = Date.now() + 60_000;
      while (!service.exited) {
        try {
          if ((await fetch(url)).ok) return;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) throw new Error(`${name} was not ready within 60 s (see ${logPath})`);
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${name} exited during start-up`);
    },
  };
}

async function stop(code) {
  if (stopping) return;
  stopping = true;
  traffic?.stop();
  for (const { child, exited } of [...children].reverse()) if (!exited) child.kill('SIGTERM');
  const killer = setTimeout(() => {
    for (const { child, exited } of children) if (!exited) child.kill('SIGKILL');
  }, 10_000);
  await Promise.all(children.map((c) => c.exitedPromise));
  clearTimeout(killer);
  await database?.stop().catch(() => {});
  if (code === 0) console.log('Kabinet stopped.');
  process.exit(code);
}
