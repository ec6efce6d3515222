// Test support shared by every package's tests: a fresh database per test file and a subgraph started
// alone on port 0, called the way the gateway calls it.
import { randomBytes } from 'node:crypto';
import { type Client, createClient } from 'graphql-ws';
import { Client as PgClient } from 'pg';
import WebSocket from 'ws';
import { gatewayLink } from '../core/forwarded';
import { createLogger } from '../core/logger';
import type { Viewer } from '../core/viewer';
import { type Database, openDatabase } from '../database';
import type { DemoPlan } from '../demo-plan';
import { companyStream } from '../events/event';
import { lastSequence } from '../events/stream';
import type { SubgraphDefinition } from '../subgraph';
import { createSubgraphServer, type SubgraphDeps } from '../subgraph-server';

export * from './clock';
export * from './otlp-collector';
export * from './ports';

export const testLog = createLogger('test', process.env.LOG_LEVEL ?? 'silent');

/** A new, empty database in the test PostgreSQL (started by test/global-setup.mjs). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.KABINET_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('KABINET_TEST_ADMIN_URL is not set: run tests through the root `npm test`');
  const name = `kabinet_test_${randomBytes(6).toString('hex')}`;
  const admin = new PgClient({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new PgClient({ connectionString: adminUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
}

/** Posts one GraphQL operation and returns the HTTP status with the parsed body. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: response.status, ...((await response.json()) as object) };
}

export interface RunningSubgraph {
  url: string;
  db: Database;
  secret: string;
  /** Calls the subgraph as the gateway would, on behalf of `viewer` (null: anonymous). */
  call<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Promise<GraphQLResponse<T>>;
  /** Subscribes as the gateway would (one credentialed socket, the caller named per subscription). */
  subscribe<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    viewer?: Viewer | null,
  ): Received<T>;
  stop(): Promise<void>;
}

/** Migrates a fresh database, seeds `plan`, and serves the subgraph alone on a free port. */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  plan: DemoPlan,
  options: Pick<SubgraphDeps, 'maxResolvedFields'> = {},
): Promise<RunningSubgraph> {
  const database = await createTestDatabase();
  const db = await openDatabase({
    url: database.url,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    log: testLog,
  });
  await definition.seed?.(db.dataSource, plan);
  const secret = randomBytes(16).toString('hex');
  const server = await createSubgraphServer(definition, {
    db,
    gatewaySecret: secret,
    log: testLog,
    ...options,
  });
  const url = await server.listen(0);
  const link = gatewayLink(secret);
  const origin = (viewer: Viewer | null) => ({
    viewer,
    ip: '127.0.0.1',
    userAgent: 'jest',
    requestId: 'test',
  });
  const sockets: Client[] = [];
  return {
    url,
    db,
    secret,
    call: (query, variables = {}, viewer = null) =>
      postGraphQL(url, query, variables, link.headersFor(origin(viewer))),
    subscribe(query, variables = {}, viewer = null) {
      const client = createClient({
        url: url.replace(/^http/, 'ws'),
        webSocketImpl: WebSocket,
        connectionParams: { gatewayCredential: link.credential },
        retryAttempts: 0,
      });
      sockets.push(client);
      return collect(client, { query, variables, extensions: { origin: link.sign(origin(viewer)) } });
    },
    async stop() {
      await Promise.all(sockets.map((client) => client.dispose()));
      await server.close();
      await db.close();
      await database.drop();
    },
  };
}

export interface Received<T> {
  /** Every result received so far. */
  results: {
    data?: T | null;
    errors?: readonly { message: string; extensions?: Record<string, unknown> }[];
  }[];
  /** Resolves once `count` results have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<void>;
  /** Resolves when the server completes the subscription or the socket closes. */
  ended: Promise<{ code?: number; reason?: string } | undefined>;
  dispose(): void;
}

/** Subscribes over graphql-ws and collects what arrives, for assertions. */
export function collect<T = Record<string, unknown>>(
  client: Client,
  payload: { query: string; variables?: Record<string, unknown>; extensions?: Record<string, unknown> },
  closed?: Promise<{ code?: number; reason?: string }>,
): Received<T> {
  const results: Received<T>['results'] = [];
  const waiters: (() => void)[] = [];
  let end!: (value?: { code?: number; reason?: string }) => void;
  const ended = new Promise<{ code?: number; reason?: string } | undefined>((resolve) => {
    end = resolve;
  });
  closed?.then((event) => end(event));
  const dispose = client.subscribe<T>(payload, {
    next: (result) => {
      results.push(result as Received<T>['results'][number]);
      for (const wake of waiters.splice(0)) wake();
    },
    error: (error) => {
      const message = Array.isArray(error)
        ? error.map((e) => e.message).join('; ')
        : String((error as Error)?.message ?? error);
      results.push({ errors: Array.isArray(error) ? error : [{ message }] });
      const close = error as { code?: number; reason?: string };
      end(typeof close?.code === 'number' ? { code: close.code, reason: close.reason } : undefined);
      for (const wake of waiters.splice(0)) wake();
    },
    complete: () => end(),
  });
  return {
    results,
    ended,
    dispose,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (results.length < count) {
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(`expected ${count} results, got ${results.length}: ${JSON.stringify(results)}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
    },
  };
}

/**
 * The first truthy answer of `probe`, asked every 50 ms; throws naming `what` after `timeoutMs`. For asserting
 * on background work (relays, projections, the archive) without guessing how long it takes.
 */
export async function eventually<T>(
  probe: () => T | Promise<T>,
  what: string,
  timeoutMs = 10_000,
): Promise<Exclude<T, false | null | undefined>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const answer = await probe();
    if (answer) return answer as Exclude<T, false | null | undefined>;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * The last sequence number of a company's event stream in a subgraph's outbox. A test that subscribes `after`
 * it sees every event it commits next — no waiting for the subscription to be listening.
 */
export const streamHead = (db: Database, companyId: string): Promise<number> =>
  lastSequence(db.dataSource, companyStream(companyId));
