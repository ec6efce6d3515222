// `npm start`'s launcher as a user runs it: separate processes, readiness, credentials, clean stop, and a
// crashed subgraph reported by name. Runs the built output (npm test builds first).
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { DEMO_PASSWORD } from '@kabinet/dev';
import { collect, createTestDatabase, freePortRange, postGraphQL } from '@kabinet/kit/testing';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const root = join(__dirname, '..', '..');

/** Launchers still running when a test ends (it failed midway) are stopped, so nothing outlives the run. */
const running = new Set<Launch>();

interface Launch {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
  gatewayUrl: string;
}

async function launch(
  databaseUrl: string | undefined,
  dataDir: string,
  extra: Record<string, string> = {},
  args: string[] = [],
): Promise<Launch> {
  // Seven neighbouring ports: five subgraphs, the gateway, PostgreSQL.
  const base = await freePortRange(7);
  const port = base + 5;
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(process.execPath, [join(root, 'dev/stack/start.mjs'), ...args], {
    env: {
      ...env,
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : { PG_PORT: String(base + 6) }),
      PORT: String(port),
      SUBGRAPH_PORT_BASE: String(base),
      KABINET_DATA_DIR: dataDir,
      ...extra,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const launched = { child, output: () => output, exited, gatewayUrl: `http://127.0.0.1:${port}/graphql` };
  running.add(launched);
  exited.then(() => running.delete(launched));
  const deadline = Date.now() + 120_000;
  while (!output.includes('Kabinet is ready')) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error(`launcher did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return launched;
}

const servicesOf = (launcher: ChildProcess) => {
  try {
    return execFileSync('pgrep', ['-P', String(launcher.pid)])
      .toString()
      .trim()
      .split('\n')
      .filter(Boolean);
  } catch {
    return [];
  }
};

describe('npm start', () => {
  jest.setTimeout(180_000); // each test boots the whole stack: initdb and six processes
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let dataDir: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataDir = mkdtempSync(join(tmpdir(), 'kabinet-start-'));
  });
  afterEach(async () => {
    for (const launched of running) {
      launched.child.kill('SIGINT');
      await launched.exited;
    }
  });
  afterAll(async () => {
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('starts every service, prints working credentials, and stops cleanly on SIGINT', async () => {
    const run = await launch(database.url, dataDir);
    expect(servicesOf(run.child)).toHaveLength(6);
    const credentials = /login: (\S+)\s+password: (\S+)/.exec(run.output());
    expect(credentials).not.toBeNull();
    const [, login, password] = credentials as RegExpExecArray;

    const loggedIn = await postGraphQL<{ login: { accessToken: string } }>(
      run.gatewayUrl,
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { login, password } },
    );
    const token = loggedIn.data?.login.accessToken as string;
    const dashboard = await postGraphQL<{ me: { company: { personalAccounts: { totalCount: number } } } }>(
      run.gatewayUrl,
      '{ me { company { personalAccounts(first: 1) { totalCount edges { node { balance { amount } services { tariff { name } } } } } } } }',
      {},
      { authorization: `Bearer ${token}` },
    );
    expect(dashboard.errors).toBeUndefined();
    expect(dashboard.data?.me.company.personalAccounts.totalCount).toBeGreaterThanOrEqual(50);

    run.child.kill('SIGINT');
    expect(await run.exited).toBe(0);
    expect(run.output()).toContain('Kabinet stopped.');
    await expect(fetch(run.gatewayUrl)).rejects.toThrow();
  });

  it('serves the cabinet beside the graph, and with --production runs only its operations', async () => {
    const run = await launch(database.url, dataDir, {}, ['--production']);
    const origin = run.gatewayUrl.replace(/\/graphql$/, '');
    expect(run.output()).toContain(`Cabinet:   http://localhost:${new URL(origin).port}/`);
    const page = await fetch(`${origin}/accounts/1`, { headers: { accept: 'text/html' } });
    expect(await page.text()).toContain('<div id="root">');

    const freeText = await postGraphQL(run.gatewayUrl, '{ news(first: 1) { edges { node { id } } } }');
    expect(freeText.errors?.[0].extensions?.code).toBe('TRUSTED_DOCUMENT_REQUIRED');
    // The app's own sign-in, by its id in the manifest, runs.
    const manifest: Record<string, string> = JSON.parse(
      readFileSync(join(root, 'web/src/generated/persisted-documents.json'), 'utf8'),
    );
    const [signInId] = Object.entries(manifest).find(([, body]) => body.includes('mutation SignIn(')) ?? [];
    const signedIn = await fetch(run.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        documentId: signInId,
        variables: { input: { login: 'demo-admin', password: DEMO_PASSWORD } },
      }),
    });
    expect(await signedIn.json()).toMatchObject({ data: { login: { status: 'SIGNED_IN' } } });
  });

  it('reports a crashed subgraph by name with its log, stops the rest, and exits non-zero', async () => {
    const run = await launch(database.url, dataDir);
    const children = servicesOf(run.child);
    const billing = children.find((pid) =>
      execFileSync('ps', ['-o', 'args=', '-p', pid])
        .toString()
        .includes(join('billing', 'dist', 'index.js')),
    );
    expect(billing).toBeDefined();
    process.kill(Number(billing), 'SIGKILL');

    expect(await run.exited).toBe(1);
    expect(run.output()).toMatch(/billing stopped unexpectedly \(SIGKILL\)/);
    expect(run.output()).toContain('billing | ');
    for (const pid of children) expect(() => process.kill(Number(pid), 0)).toThrow();
  });

  it('runs its own PostgreSQL, even from a folder the postgres user cannot reach', async () => {
    const closed = mkdtempSync(join(tmpdir(), 'kabinet-closed-')); // mode 0700, like a checkout under /root
    const run = await launch(undefined, join(closed, '.data'));
    const fallback = /database files are kept in (\S+)/.exec(run.output())?.[1];
    try {
      if (process.getuid?.() === 0) expect(fallback).toMatch(/^\/var\/tmp\/kabinet-/);
      expect(run.output()).toMatch(/database: +embedded PostgreSQL on port \d+/);
      const news = await postGraphQL<{ news: { edges: unknown[] } }>(
        run.gatewayUrl,
        '{ news(first: 2) { edges { cursor } } }',
      );
      expect(news.data?.news.edges).toHaveLength(2);
      run.child.kill('SIGINT');
      expect(await run.exited).toBe(0);
    } finally {
      rmSync(closed, { recursive: true, force: true });
      if (fallback) rmSync(dirname(fallback), { recursive: true, force: true });
    }
  });

  it('keeps a dashboard alive with DEMO_TRAFFIC=1', async () => {
    const run = await launch(database.url, dataDir, { DEMO_TRAFFIC: '1', DEMO_TRAFFIC_INTERVAL_MS: '100' });
    expect(run.output()).toContain('demo traffic: a payment or a call every 100 ms');
    const loggedIn = await postGraphQL<{ login: { accessToken: string } }>(
      run.gatewayUrl,
      'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
      { i: { login: 'demo-admin', password: DEMO_PASSWORD } },
    );
    const client = createClient({
      url: run.gatewayUrl.replace(/^http/, 'ws'),
      webSocketImpl: WebSocket,
      connectionParams: { authorization: `Bearer ${loggedIn.data?.login.accessToken}` },
      retryAttempts: 0,
    });
    try {
      const live = collect<{ balanceChanged: { sequence: number } }>(client, {
        query:
          'subscription { balanceChanged(companyWide: true) { sequence balance { amount } account { number } } }',
      });
      await live.waitFor(2, 20_000);
      const [first, second] = live.results.map((r) => r.data?.balanceChanged.sequence as number);
      expect(second).toBe(first + 1);
    } finally {
      await client.dispose();
    }
  });
});
