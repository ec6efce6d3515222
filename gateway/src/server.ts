import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  answerHttpErrors,
  createTokenVerifier,
  gatewayLink,
  type Logger,
  listen,
  maskError,
  originFormOnly,
  type Service,
  tracedRequests,
  type VerificationKeys,
} from '@kabinet/kit/core';
import cors from 'cors';
import express from 'express';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { clientAddressFrom } from './client-address';
import { contextFor, type GatewayContext } from './context';
import { InflightQueries } from './execution/inflight';
import { federatedExecutor, type Shared } from './executor';
import { LiveFederation, loadFederation } from './federation';
import { proxyDownloads } from './files';
import { inputCheck } from './input-check';
import { DEFAULT_LIMITS, limitsPlugin, type OperationLimits } from './limits';
import { gatewayMetrics } from './observability/metrics';
import { readiness } from './observability/readiness';
import { requestIds } from './observability/request-id';
import { proxyPayments } from './payments';
import { batchLimit, DEFAULT_MAX_BATCH } from './protection/batch';
import { DEFAULT_RATE_LIMITS, type RateLimits, rateLimits } from './protection/rate-limits';
import { TrustedDocuments } from './protection/trusted-documents';
import { DEFAULT_REVOCATION_POLL_MS, RevocationList, refusingRevoked } from './revocations';
import { enforceScalars } from './scalars';
import { EntityBatcher } from './subscriptions/entity-batcher';
import { UpstreamPool } from './subscriptions/upstream';
import { DEFAULT_SOCKET_LIMITS, type SocketLimits, serveWebSocket } from './subscriptions/ws-server';
import { proxyUploads } from './uploads';
import { DEFAULT_UPSTREAM_POLICY, type UpstreamPolicy } from './upstream/policy';
import { SubgraphClient } from './upstream/subgraph-client';
import { serveWebApp } from './web-app';

export { TrustedDocuments };

/** The gateway's server, which can swap to a new supergraph while serving. */
export interface Gateway extends Service {
  /**
   * Serves `supergraphSdl` from now on, over HTTP and WebSocket; requests and subscriptions in flight finish on
   * the graph they started on. Throws, changing nothing, when the supergraph cannot be served.
   */
  reload(supergraphSdl: string): void;
}

/** A supergraph the gateway can serve: parsed, planned and with the graph's scalars enforced. */
function federationOf(supergraphSdl: string) {
  const federation = loadFederation(supergraphSdl);
  enforceScalars(federation.schema);
  return federation;
}

export interface GatewayOptions {
  /** What one operation may ask for (depth, aliases, cost, …); defaults in `limits.ts`. */
  limits?: Partial<OperationLimits>;
  /** How often to fetch the sessions that ended from identity (default 2 s): their tokens are refused within it. */
  revocationPollMs?: number;
  /** Reverse proxies whose X-Forwarded-For names the client (see `client-address.ts`); none by default. */
  trustedProxies?: string[];
  /** Limits on WebSocket clients; defaults suit one dashboard per user with a few panels each. */
  socketLimits?: Partial<SocketLimits>;
  /**
   * Production: introspection and field suggestions off (development: on). Issue 15's trusted documents will
   * also key off this.
   */
  production?: boolean;
  /** The operations clients may run by id; in production mode the only ones. Default: none known. */
  trustedDocuments?: TrustedDocuments;
  /** Browser origins allowed to call the graph (CORS); none by default: only same-origin pages and non-browsers. */
  corsOrigins?: string[];
  /** The built cabinet web app (index.html and assets/) to serve beside the graph; none by default. */
  webRoot?: string;
  /** Operations one batched HTTP request (a JSON array) may carry. */
  maxBatch?: number;
  /**
   * Identical queries in flight (same document, variables and access) share one execution; on by default.
   * Off, every request runs on its own (as in the like-for-like gateway benchmark).
   */
  dedupeQueries?: boolean;
  /** Per address, per user and per cost budget; defaults in `protection/rate-limits.ts`. */
  rateLimits?: Partial<RateLimits>;
  /** When set, GET /metrics answers only `Authorization: Bearer <metricsToken>` (the scraper's). */
  metricsToken?: string;
  /** Timeouts, retries, circuit breaking and connection pools of subgraph fetches; defaults in `upstream/policy.ts`. */
  upstream?: Partial<UpstreamPolicy>;
  /** How the gateway retries a subscription's subgraph after losing it. */
  upstreamRetry?: { attempts: number; delayMs: number };
  supergraphSdl: string;
  /** Overrides of the subgraph URLs recorded in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  gatewaySecret?: string;
  verificationKeys: VerificationKeys;
  log: Logger;
}

/**
 * Apollo refuses some requests itself with an HTTP 4xx but no code (a persisted query whose hash does not
 * match its text), which masking would turn into INTERNAL_SERVER_ERROR: they are the client's, BAD_REQUEST.
 */
function namedRefusal(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const status =
    error instanceof GraphQLError ? (error.extensions.http as { status?: number })?.status : undefined;
  if (formatted.extensions?.code !== 'INTERNAL_SERVER_ERROR' || !status || status >= 500) return formatted;
  return { ...formatted, extensions: { ...formatted.extensions, code: 'BAD_REQUEST' } };
}

/**
 * The gateway's HTTP server: /graphql over HTTP (Apollo Server with our federated executor) and over
 * graphql-ws (federated subscriptions, plus queries and mutations), and /health.
 */
export async function createGateway(options: GatewayOptions): Promise<Gateway> {
  const { log } = options;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const clientAddress = clientAddressFrom(options.trustedProxies ?? []);
  const live = new LiveFederation(federationOf(options.supergraphSdl));
  const urls = { ...live.current.subgraphUrls, ...options.subgraphUrls };
  // Without the shared secret, a key no subgraph knows: every subgraph refuses this gateway.
  const link = gatewayLink(options.gatewaySecret ?? randomBytes(32).toString('hex'));
  const metrics = gatewayMetrics();
  metrics.knowSubgraphs(Object.keys(urls));
  const policy = { ...DEFAULT_UPSTREAM_POLICY, ...options.upstream };
  const sources: Record<string, SubgraphClient> = {};
  const batchers: Record<string, EntityBatcher> = {};
  /** A client (and a subscription batcher) for every subgraph of the supergraph not served yet. */
  const serveSubgraphs = (recorded: Record<string, string>) => {
    for (const [name, recordedUrl] of Object.entries(recorded)) {
      if (sources[name]) continue;
      const url = options.subgraphUrls?.[name] ?? recordedUrl;
      urls[name] = url;
      sources[name] = new SubgraphClient(name, url, link, policy, log, metrics.upstream);
      batchers[name] = new EntityBatcher(sources[name]);
    }
  };
  serveSubgraphs(urls);
  const upstream = new UpstreamPool(urls, link);
  // Sockets are served below; sessions that end close theirs.
  let endSessions = (_sessionIds: string[]) => {};
  const revocations = urls.identity
    ? new RevocationList(
        urls.identity,
        link,
        options.revocationPollMs ?? DEFAULT_REVOCATION_POLL_MS,
        log,
        (ids) => endSessions(ids),
      )
    : null;
  const verify = refusingRevoked(createTokenVerifier(options.verificationKeys), revocations);

  const app = express();
  app.disable('x-powered-by'); // nothing tells an outsider what answers
  const httpServer = createHttpServer(app);
  const production = options.production ?? false;
  const trusted = options.trustedDocuments ?? TrustedDocuments.none();
  const throttle = rateLimits({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits });
  const apollo = new ApolloServer<GatewayContext>({
    gateway: federatedExecutor(
      live,
      sources,
      (options.dedupeQueries ?? true) ? new InflightQueries<Shared>(metrics.sharedExecution) : null,
    ),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    allowBatchedHttpRequests: true,
    parseOptions: { maxTokens: limits.maxTokens },
    formatError: (formatted, error) =>
      maskError(namedRefusal(formatted, error), () =>
        log.error({ err: error, path: formatted.path }, 'internal error'),
      ),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      metrics.plugin,
      throttle.plugin,
      limitsPlugin<GatewayContext>(limits, (ctx, shape) => throttle.spend(ctx, shape.cost)),
      inputCheck,
    ],
  });
  await apollo.start();
  const sockets = serveWebSocket({
    httpServer,
    apollo,
    verify,
    log,
    limits: { ...DEFAULT_SOCKET_LIMITS, ...options.socketLimits },
    operationLimits: limits,
    trusted,
    clientAddress,
    engine: {
      get federation() {
        return live.current;
      },
      upstream,
      signOrigin: link.sign,
      serviceMap: batchers,
      retry: options.upstreamRetry ?? { attempts: 10, delayMs: 300 },
      maxQueued: 1_000,
      log,
    },
  });

  endSessions = sockets.endSessions;
  metrics.countLive(sockets.counts);
  await revocations?.start();

  app.use(originFormOnly);
  app.use(requestIds);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.get('/ready', readiness(urls));
  app.get('/metrics', metrics.handler(options.metricsToken));
  app.put('/uploads/:id', proxyUploads(urls.identity, link, clientAddress, log));
  if (urls.billing) proxyPayments(app, urls.billing, link, clientAddress, log);
  if (urls.billing) app.get('/files/:id', proxyDownloads(urls.billing, '/files', link, clientAddress, log));
  app.get('/attachments/:id', proxyDownloads(urls.identity, '/attachments', link, clientAddress, log));
  app.use(
    '/graphql',
    tracedRequests('graphql'),
    throttle.perAddress(clientAddress),
    cors({
      origin: options.corsOrigins ?? false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
      exposedHeaders: ['x-request-id', 'retry-after'],
      maxAge: 600,
    }),
    express.json({ limit: '1mb' }),
    batchLimit(options.maxBatch ?? DEFAULT_MAX_BATCH),
    trusted.middleware(),
    expressMiddleware(apollo, {
      context: ({ req, res }) =>
        contextFor(
          req,
          verify,
          clientAddress,
          (cookie) => res.append('Set-Cookie', cookie),
          res.locals.trace,
        ),
    }),
  );
  if (options.webRoot) serveWebApp(app, options.webRoot);
  app.use(answerHttpErrors(log));

  return {
    httpServer,
    listen: (port, host = '127.0.0.1') => listen(httpServer, port, host),
    reload(supergraphSdl) {
      // Built and checked whole before anything changes: a bad supergraph leaves the one served untouched.
      const next = federationOf(supergraphSdl);
      serveSubgraphs(next.subgraphUrls);
      live.swap(next);
    },
    async close() {
      revocations?.stop();
      await sockets.close();
      await upstream.close();
      await apollo.stop();
      await Promise.all(Object.values(sources).map((source) => source.close()));
    },
  };
}
