import { createServer as createHttpServer } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { expressMiddleware } from '@as-integrations/express5';
import type { Context } from '@opentelemetry/api';
import express from 'express';
import { GraphQLError, Kind } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { answerSizeLimit } from './answer-size';
import { auditedDataSource, auditPlugin } from './audit';
import { ErrorCode, errorBody, maskError } from './core/errors';
import {
  FORWARDED_ORIGIN_HEADER,
  GATEWAY_CREDENTIAL_HEADER,
  gatewayLink,
  type RequestOrigin,
} from './core/forwarded';
import { listen, type Service } from './core/http';
import { answerHttpErrors, originFormOnly } from './core/http-guards';
import type { Logger } from './core/logger';
import { serviceMetrics } from './core/metrics';
import { scalars } from './core/scalars';
import { tracedRequests, traceIdOf } from './core/tracing';
import type { Database } from './database';
import type { SubgraphContext, SubgraphDefinition } from './subgraph';
import { subscribeWithContextPerEvent } from './subscribe-per-event';

export interface SubgraphDeps {
  db: Database;
  /** The credential the gateway presents; requests without it are refused. */
  gatewaySecret: string;
  log: Logger;
  /** Fields one request may resolve before it is answered RESPONSE_TOO_LARGE (default `MAX_RESOLVED_FIELDS`). */
  maxResolvedFields?: number;
  /** When set, GET /metrics answers only `Authorization: Bearer <metricsToken>`. */
  metricsToken?: string;
}

const INTERNAL: RequestOrigin = { viewer: null, ip: null, userAgent: null, requestId: 'internal' };
const NOT_SIGNED = 'The caller must be forwarded and signed by the gateway';

const header = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

/** The caller of a request that passed the gateway check, as the gateway signed it. */
export const forwardedOrigin = (res: express.Response): RequestOrigin => res.locals.origin as RequestOrigin;

/** HTTP + Apollo + graphql-ws on /graphql, /health, /ready and /metrics; does not listen. */
export async function createSubgraphServer<L>(
  definition: SubgraphDefinition<L>,
  deps: SubgraphDeps,
): Promise<Service> {
  const { db, log } = deps;
  const link = gatewayLink(deps.gatewaySecret);
  const declaredScalars = new Set(
    definition.typeDefs.definitions.flatMap((d) =>
      d.kind === Kind.SCALAR_TYPE_DEFINITION ? [d.name.value] : [],
    ),
  );
  const schema = buildSubgraphSchema([
    {
      typeDefs: definition.typeDefs,
      resolvers: {
        ...Object.fromEntries(Object.entries(scalars).filter(([name]) => declaredScalars.has(name))),
        ...definition.resolvers,
      } as never,
    },
  ]);

  const contextFor = (origin: RequestOrigin | null, traced?: Context): SubgraphContext<L> => {
    const resolved = origin ?? INTERNAL;
    const ctx: SubgraphContext<L> = {
      origin: resolved,
      viewer: resolved.viewer,
      loaders: definition.createLoaders(db.dataSource, resolved.viewer),
      db: db.dataSource,
      events: db.events,
      log: log.child({ requestId: resolved.requestId, traceId: traceIdOf(traced) }),
      audit: {},
    };
    ctx.db = auditedDataSource(db.dataSource, ctx as SubgraphContext<unknown>);
    return ctx;
  };

  const app = express();
  app.disable('x-powered-by'); // nothing tells an outsider what answers
  const httpServer = createHttpServer(app);
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const wsCleanup = useServer<Record<string, unknown>>(
    {
      schema,
      onConnect: (ctx) =>
        link.admits(
          header(ctx.extra.request.headers[GATEWAY_CREDENTIAL_HEADER]) ??
            (ctx.connectionParams?.gatewayCredential as string | undefined),
        ),
      // One gateway socket carries many callers, so each subscription names its own caller, signed.
      onSubscribe: (_ctx, _id, payload) =>
        link.verify(payload.extensions?.origin as string | undefined)
          ? undefined
          : [new GraphQLError(NOT_SIGNED, { extensions: { code: ErrorCode.FORBIDDEN } })],
      context: (_ctx, _id, payload) =>
        contextFor(link.verify(payload.extensions?.origin as string | undefined)),
      // Loaders are made per request; for a subscription, each event is the request.
      subscribe: (args) =>
        subscribeWithContextPerEvent<SubgraphContext<L>>(args, (subscription) =>
          contextFor(subscription.origin),
        ),
    },
    wsServer,
  );

  const metrics = serviceMetrics(definition.name);
  const apollo = new ApolloServer<SubgraphContext<L>>({
    schema,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      maskError(formatted, () => log.error({ err: error, path: formatted.path }, 'internal error')),
    plugins: [
      // Traces are for Apollo's hosted studio, which we do not use; they only cost time per request.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      { serverWillStart: async () => ({ drainServer: async () => wsCleanup.dispose() }) },
      metrics.plugin,
      auditPlugin<L>(definition.name, db.dataSource, log),
      answerSizeLimit<SubgraphContext<L>>(deps.maxResolvedFields),
    ],
  });
  await apollo.start();
  const workers = definition.workers?.({ db: db.dataSource, log }) ?? [];

  app.use(originFormOnly);
  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: definition.name });
  });
  app.get('/metrics', metrics.handler(deps.metricsToken));
  app.get('/ready', async (_req, res) => {
    const ready = await db.isReady();
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', service: definition.name });
  });
  // The credential opens the door; only a signed origin says who is calling, so both are required.
  const gatewayOnly: express.RequestHandler = (req, res, next) => {
    if (!link.admits(header(req.headers[GATEWAY_CREDENTIAL_HEADER]))) {
      res.status(403).json(errorBody('FORBIDDEN', 'Subgraphs accept requests only from the gateway'));
      return;
    }
    const origin = link.verify(header(req.headers[FORWARDED_ORIGIN_HEADER]));
    if (!origin) {
      res.status(403).json(errorBody('FORBIDDEN', NOT_SIGNED));
      return;
    }
    res.locals.origin = origin;
    next();
  };
  for (const route of definition.http ?? []) {
    app.use(route.path, gatewayOnly, route.handler({ db: db.dataSource, log }));
  }
  app.use(
    '/graphql',
    tracedRequests(`graphql ${definition.name}`),
    gatewayOnly,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: async ({ res }) => contextFor(forwardedOrigin(res), res.locals.trace),
    }),
  );
  app.use(answerHttpErrors(log));

  return {
    httpServer,
    listen: (port, host = '127.0.0.1') => listen(httpServer, port, host),
    async close() {
      await Promise.all(workers.map((w) => w.stop()));
      await apollo.stop();
    },
  };
}
