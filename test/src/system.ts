// The whole system in one process for end-to-end tests: a fresh database, the five subgraphs and the
// gateway, each on its own free port and talking over real HTTP, exactly as in production.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraph as accounts } from '@kabinet/accounts';
import { subgraph as billing } from '@kabinet/billing';
import { subgraph as catalog } from '@kabinet/catalog';
import { createGateway } from '@kabinet/gateway';
import { identitySubgraph } from '@kabinet/identity';
import {
  createSubgraphServer,
  createTokenSigner,
  type Database,
  type DemoPlan,
  demoPlan,
  openDatabase,
  type Service,
  type SubgraphDefinition,
  type SubgraphName,
} from '@kabinet/kit';
import {
  collect,
  createTestDatabase,
  type GraphQLResponse,
  postGraphQL,
  type Received,
  testLog,
} from '@kabinet/kit/testing';
import { subgraph as support } from '@kabinet/support';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface RunningSystem {
  gatewayUrl: string;
  plan: DemoPlan;
  subgraphs: Record<SubgraphName, { url: string; db: Database }>;
  /** Signs a token with the system's key, for tests that need tokens login would not issue. */
  signToken: ReturnType<typeof createTokenSigner>;
  keyPair: { privateKeyPem: string; publicKeyPem: string };
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client on the gateway's /graphql, authenticated with `token` in connection_init. */
  socket(token?: string, params?: Record<string, unknown>): SocketClient;
  /** Logs in through the gateway and returns the access token. */
  login(login: string, password: string): Promise<string>;
  stop(): Promise<void>;
}

export interface SocketClient {
  client: Client;
  /** The close event once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Received<T>;
}

export const supergraphSdl = () =>
  readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

export async function startSystem(plan: DemoPlan = demoPlan()): Promise<RunningSystem> {
  const database = await createTestDatabase();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyPair = {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  const signToken = createTokenSigner({ privateKeyPem: keyPair.privateKeyPem, keyId: 'k1', ttlSeconds: 900 });
  const gatewaySecret = randomBytes(24).toString('hex');
  const definitions = [
    identitySubgraph({ signToken }),
    accounts,
    billing,
    catalog,
    support,
  ] as unknown as SubgraphDefinition<unknown>[];

  const services: Service[] = [];
  const sockets: Client[] = [];
  const databases: Database[] = [];
  const subgraphs = {} as RunningSystem['subgraphs'];
  try {
    for (const definition of definitions) {
      const db = await openDatabase({
        url: database.url,
        schema: definition.name,
        entities: definition.entities,
        migrations: definition.migrations,
        log: testLog,
      });
      databases.push(db);
      await definition.seed(db.dataSource, plan);
      const server = await createSubgraphServer(definition, { db, gatewaySecret, log: testLog });
      services.push(server);
      subgraphs[definition.name as SubgraphName] = { url: await server.listen(0), db };
    }
    const gateway = await createGateway({
      supergraphSdl: supergraphSdl(),
      subgraphUrls: Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url])),
      gatewaySecret,
      verificationKeys: { k1: keyPair.publicKeyPem },
      log: testLog,
    });
    services.push(gateway);
    const gatewayUrl = await gateway.listen(0);

    const query: RunningSystem['query'] = (text, variables = {}, token) =>
      postGraphQL(gatewayUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});
    return {
      gatewayUrl,
      plan,
      subgraphs,
      signToken,
      keyPair,
      query,
      socket(token, params = {}) {
        let closed!: (event: { code: number; reason: string }) => void;
        const closedPromise = new Promise<{ code: number; reason: string }>((resolve) => {
          closed = resolve;
        });
        const client = createClient({
          url: gatewayUrl.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...params },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => {},
          on: { closed: (event) => closed(event as { code: number; reason: string }) },
        });
        sockets.push(client);
        return {
          client,
          closed: closedPromise,
          subscribe: (text, variables = {}) => collect(client, { query: text, variables }, closedPromise),
        };
      },
      async login(login, password) {
        const result = await query<{ login: { accessToken: string } }>(
          'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
          { input: { login, password } },
        );
        if (!result.data?.login) throw new Error(`login failed: ${JSON.stringify(result.errors)}`);
        return result.data.login.accessToken;
      },
      async stop() {
        await Promise.all(sockets.map((c) => c.dispose()));
        await stopAll(services, databases, database.drop);
      },
    };
  } catch (error) {
    await stopAll(services, databases, database.drop);
    throw error;
  }
}

async function stopAll(services: Service[], databases: Database[], drop: () => Promise<void>) {
  for (const service of services.reverse()) await service.close();
  for (const db of databases) await db.close();
  await drop();
}
