// Test support shared by every package's tests: a fresh database per test file and a subgraph started
// alone on port 0, called the way the gateway calls it.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { encodeOrigin, FORWARDED_ORIGIN_HEADER, GATEWAY_CREDENTIAL_HEADER } from '../core/forwarded';
import { createLogger } from '../core/logger';
import type { Viewer } from '../core/viewer';
import { type Database, openDatabase } from '../database';
import type { DemoPlan } from '../demo';
import type { SubgraphDefinition } from '../subgraph';
import { createSubgraphServer } from '../subgraph-server';

export const testLog = createLogger('test', process.env.LOG_LEVEL ?? 'silent');

/** A new, empty database in the test PostgreSQL (started by test/global-setup.mjs). */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = process.env.KABINET_TEST_ADMIN_URL;
  if (!adminUrl) throw new Error('KABINET_TEST_ADMIN_URL is not set: run tests through the root `npm test`');
  const name = `kabinet_test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new Client({ connectionString: adminUrl });
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
  stop(): Promise<void>;
}

/** Migrates a fresh database, seeds `plan`, and serves the subgraph alone on a free port. */
export async function startSubgraph<L>(
  definition: SubgraphDefinition<L>,
  plan: DemoPlan,
): Promise<RunningSubgraph> {
  const database = await createTestDatabase();
  const db = await openDatabase({
    url: database.url,
    schema: definition.name,
    entities: definition.entities,
    migrations: definition.migrations,
    log: testLog,
  });
  await definition.seed(db.dataSource, plan);
  const secret = randomBytes(16).toString('hex');
  const server = await createSubgraphServer(definition, { db, gatewaySecret: secret, log: testLog });
  const url = await server.listen(0);
  return {
    url,
    db,
    secret,
    call: (query, variables = {}, viewer = null) =>
      postGraphQL(url, query, variables, {
        [GATEWAY_CREDENTIAL_HEADER]: secret,
        [FORWARDED_ORIGIN_HEADER]: encodeOrigin({
          viewer,
          ip: '127.0.0.1',
          userAgent: 'jest',
          requestId: 'test',
        }),
      }),
    async stop() {
      await server.close();
      await db.close();
      await database.drop();
    },
  };
}
