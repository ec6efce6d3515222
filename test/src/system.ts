// The whole system in one process for end-to-end tests: a fresh database, the five subgraphs and the
// gateway, each on its own free port and talking over real HTTP and WebSocket, exactly as in production.
// Extra gateways and subgraph instances can join (scale-out), and subgraphs can be stopped and restarted.
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { subgraph as accounts } from '@kabinet/accounts';
import { billingSubgraph } from '@kabinet/billing';
import { catalogSubgraph } from '@kabinet/catalog';
import { demoPlan } from '@kabinet/dev';
import { createGateway, type GatewayOptions } from '@kabinet/gateway';
import { identitySubgraph } from '@kabinet/identity';
import {
  type Clock,
  createSubgraphServer,
  createTokenSigner,
  type Database,
  type DemoPlan,
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
  streamHead,
  testLog,
} from '@kabinet/kit/testing';
import { supportSubgraph } from '@kabinet/support';
import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface SocketClient {
  client: Client;
  /** The close event once the socket closes. */
  closed: Promise<{ code: number; reason: string }>;
  /** Resolves when the gateway acknowledges the connection (it has been admitted). */
  connected: Promise<void>;
  subscribe<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Received<T>;
}

interface RunningSubgraph {
  url: string;
  port: number;
  db: Database;
  definition: SubgraphDefinition<unknown>;
  server: Service | null;
}

export interface RunningSystem {
  gatewayUrl: string;
  plan: DemoPlan;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  /** Signs a token with the system's key, for tests that need tokens login would not issue. */
  signToken: ReturnType<typeof createTokenSigner>;
  keyPair: { privateKeyPem: string; publicKeyPem: string };
  /** The secret gateway and subgraphs share (GATEWAY_SECRET), for tests of the boundary between them. */
  gatewaySecret: string;
  /** What billing's simulated acquirer signs its webhooks with: tests sign their own (forged, replayed) with it. */
  acquirerWebhookSecret: string;
  query<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** A graphql-ws client on the gateway's /graphql, authenticated with `token` in connection_init. */
  socket(token?: string, params?: Record<string, unknown>, gatewayUrl?: string): SocketClient;
  /** Logs in through the gateway and returns the access token. */
  login(login: string, password: string): Promise<string>;
  /**
   * The first sign-in of an invited user: the generated password from the last letter to `email`, then
   * `newPassword` chosen as the forced change demands. Returns the access token.
   */
  signInInvited(login: string, email: string, newPassword: string): Promise<string>;
  /** Stops a subgraph's server (its database stays). */
  stopSubgraph(name: SubgraphName): Promise<void>;
  /** Starts a stopped subgraph again on the same port. */
  startSubgraph(name: SubgraphName): Promise<void>;
  /** Another instance of a subgraph on the same database, as a second process would be. */
  addSubgraphInstance(name: SubgraphName): Promise<string>;
  /** Another gateway, optionally routing some subgraphs to other instances, or configured otherwise. */
  addGateway(
    subgraphUrls?: Partial<Record<SubgraphName, string>>,
    options?: Partial<GatewayOptions>,
  ): Promise<string>;
  /** The last sequence number of a company's event stream in a subgraph: subscribe `after` it to miss nothing. */
  streamHead(companyId: string, subgraph?: SubgraphName): Promise<number>;
  stop(): Promise<void>;
}

export type SystemOptions = Pick<
  GatewayOptions,
  'socketLimits' | 'upstreamRetry' | 'limits' | 'trustedProxies' | 'upstream' | 'rateLimits'
> & {
  /** The clock billing's time-based rules read (due dates, deadlines, expiries); tests move a test clock. */
  clock?: Clock;
  /** How often billing's credit workers (promised-payment deadlines, auto top-ups) look for work. */
  creditPollMs?: number;
  /**
   * How often billing's schedule looks whether last month needs its run. Off (an hour) unless a test asks:
   * with a clock moved to another month, a surprise run would charge every account in the middle of a test.
   */
  billingSchedulePollMs?: number;
};

export const supergraphSdl = () =>
  readFileSync(join(__dirname, '..', '..', 'schema', 'supergraph.graphql'), 'utf8');

export async function startSystem(
  plan: DemoPlan = demoPlan(),
  { clock, creditPollMs, billingSchedulePollMs = 3_600_000, ...gatewayOptions }: SystemOptions = {},
): Promise<RunningSystem> {
  const database = await createTestDatabase();
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const keyPair = {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
  const signToken = createTokenSigner({ privateKeyPem: keyPair.privateKeyPem, keyId: 'k1', ttlSeconds: 900 });
  const gatewaySecret = randomBytes(24).toString('hex');
  // The operator's document signing key (DOCUMENT_SIGNING_KEY), made per system like the token key.
  const documentSigning = {
    privateKeyPem: generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
    keyId: 'test-documents',
  };
  // Billing's simulated acquirer sends its webhooks through the gateway, which listens only later.
  let publicUrl = '';
  const payments = { acquirerWebhookSecret: randomBytes(32).toString('hex'), publicUrl: () => publicUrl };
  const definitions = [
    identitySubgraph({ signToken }),
    accounts,
    billingSubgraph({
      ...payments,
      clock,
      promisedPaymentPollMs: creditPollMs,
      autoTopUpPollMs: creditPollMs,
      billingSchedulePollMs,
      documentSigning,
    }),
    catalogSubgraph({ clock, pollMs: 100 }),
    supportSubgraph({ clock, pollMs: 100 }),
  ] as unknown as SubgraphDefinition<unknown>[];

  const services: Service[] = [];
  const databases: Database[] = [];
  const sockets: Client[] = [];
  const subgraphs = {} as RunningSystem['subgraphs'];
  const open = async (definition: SubgraphDefinition<unknown>) => {
    const db = await openDatabase({
      url: database.url,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      log: testLog,
    });
    databases.push(db);
    return db;
  };
  const serve = async (definition: SubgraphDefinition<unknown>, db: Database, port: number) => {
    const server = await createSubgraphServer(definition, { db, gatewaySecret, log: testLog });
    services.push(server);
    return { server, url: await server.listen(port) };
  };
  const gatewayAt = async (urls: Record<string, string>, options: Partial<GatewayOptions> = {}) => {
    const gateway = await createGateway({
      // Tests sign in and query from one address far faster than people do; the rate limits have tests of their own.
      rateLimits: { perIp: 1e6, perUser: 1e6, sensitivePerIp: 1e6, costPerMinute: 1e9 },
      supergraphSdl: supergraphSdl(),
      subgraphUrls: urls,
      gatewaySecret,
      verificationKeys: { k1: keyPair.publicKeyPem },
      log: testLog,
      ...gatewayOptions,
      ...options,
    });
    services.push(gateway);
    return gateway.listen(0);
  };

  try {
    for (const definition of definitions) {
      const db = await open(definition);
      await definition.seed?.(db.dataSource, plan);
      const { server, url } = await serve(definition, db, 0);
      subgraphs[definition.name as SubgraphName] = {
        url,
        port: Number(new URL(url).port),
        db,
        definition,
        server,
      };
    }
    const urls = () => Object.fromEntries(Object.entries(subgraphs).map(([name, s]) => [name, s.url]));
    const gatewayUrl = await gatewayAt(urls());
    publicUrl = new URL(gatewayUrl).origin;

    const query: RunningSystem['query'] = (text, variables = {}, token) =>
      postGraphQL(gatewayUrl, text, variables, token ? { authorization: `Bearer ${token}` } : {});
    return {
      gatewayUrl,
      plan,
      subgraphs,
      signToken,
      keyPair,
      gatewaySecret,
      acquirerWebhookSecret: payments.acquirerWebhookSecret,
      query,
      socket(token, params = {}, url = gatewayUrl) {
        let closed!: (event: { code: number; reason: string }) => void;
        const closedPromise = new Promise<{ code: number; reason: string }>((resolve) => {
          closed = resolve;
        });
        let connected!: () => void;
        const connectedPromise = new Promise<void>((resolve) => {
          connected = resolve;
        });
        const client = createClient({
          url: url.replace(/^http/, 'ws'),
          webSocketImpl: WebSocket,
          connectionParams: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...params },
          retryAttempts: 0,
          lazy: false,
          onNonLazyError: () => {},
          on: {
            connected: () => connected(),
            closed: (event) => closed(event as { code: number; reason: string }),
          },
        });
        sockets.push(client);
        return {
          client,
          closed: closedPromise,
          connected: connectedPromise,
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
      async signInInvited(login, email, newPassword) {
        const [letter] = await subgraphs.identity.db.dataSource.query(
          'SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
          [email],
        );
        const generated = /пароль (\S+)\./.exec(letter?.body ?? '')?.[1];
        const step = await query<{ login: { status: string; challenge: { id: string } | null } }>(
          'mutation ($i: LoginInput!) { login(input: $i) { status challenge { id } } }',
          { i: { login, password: generated } },
        );
        if (step.data?.login.status !== 'PASSWORD_CHANGE_REQUIRED')
          throw new Error(`first sign-in failed: ${JSON.stringify(step)}`);
        const changed = await query<{ changePassword: { accessToken: string } }>(
          'mutation ($i: ChangePasswordInput!) { changePassword(input: $i) { accessToken } }',
          { i: { challengeId: step.data.login.challenge?.id, newPassword } },
        );
        if (!changed.data) throw new Error(`password change failed: ${JSON.stringify(changed.errors)}`);
        return changed.data.changePassword.accessToken;
      },
      async stopSubgraph(name) {
        await subgraphs[name].server?.close();
        subgraphs[name].server = null;
      },
      async startSubgraph(name) {
        const running = subgraphs[name];
        running.server = (await serve(running.definition, running.db, running.port)).server;
      },
      async addSubgraphInstance(name) {
        const { definition } = subgraphs[name];
        return (await serve(definition, await open(definition), 0)).url;
      },
      addGateway: (overrides = {}, options = {}) => gatewayAt({ ...urls(), ...overrides }, options),
      streamHead: (companyId, name = 'billing') => streamHead(subgraphs[name].db, companyId),
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
  for (const service of services.reverse()) await service.close().catch(() => {});
  for (const db of databases) await db.close();
  await drop();
}
