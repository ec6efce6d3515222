import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  badInput,
  type Logger,
  type RequestOrigin,
  rateLimited,
  type TokenVerifier,
  type VerifiedToken,
  type Viewer,
} from '@kabinet/kit/core';
import {
  type DocumentNode,
  type ExecutionArgs,
  GraphQLError,
  getOperationAST,
  OperationTypeNode,
  parse,
  validate,
} from 'graphql';
import type { Context, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { ClientAddress } from '../client-address';
import { type GatewayContext, verifyBearer } from '../context';
import { inputProblems } from '../input-check';
import { type OperationLimits, operationLimitViolation } from '../limits';
import type { TrustedDocuments } from '../protection/trusted-documents';
import { federatedSubscribe, replayRequested, type SubscriptionEngine } from './federated-subscription';
import { SharedSubscriptions } from './shared';

export interface SocketLimits {
  /** Subscriptions one connection may hold at once. */
  subscriptionsPerConnection: number;
  /** Connections one user may hold at once (across this gateway process). */
  connectionsPerUser: number;
  /**
   * Events one subscription may have waiting to be sent. graphql-ws sends one message at a time and waits
   * until the socket has taken it, so a client that stops reading fills this queue (once the kernel's socket
   * buffers are full) and is then disconnected with 4008; the others sharing its subscription go on.
   */
  queuedPerSubscription: number;
  /** Connections one client address may hold at once, signed in or not (refused at the upgrade with 429). */
  connectionsPerIp: number;
  /** Connections without a signed-in user this gateway process holds at once. */
  anonymousConnections: number;
  /** How long an anonymous connection may stay without sending an operation before it is closed (4010). */
  anonymousIdleMs: number;
}

interface SocketState extends Record<string, unknown> {
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  /** Operations this connection has sent; an anonymous one that sends none is closed when idle. */
  operations: number;
  anonymous: boolean;
  /** Ends the connection when the access token expires, or an anonymous one that stays idle. */
  timer?: NodeJS.Timeout;
}

type SocketContext = Context<
  Record<string, unknown> | undefined,
  { request: IncomingMessage; socket: import('ws').WebSocket } & Partial<SocketState>
>;

export const CLOSE_TOKEN_EXPIRED = 4401;
// Outside graphql-ws's own 44xx codes (4408 and 4429 mean init timeout and repeated init there).
export const CLOSE_TOO_MANY_CONNECTIONS = 4029;
export const CLOSE_TOO_SLOW = 4008;
export const CLOSE_IDLE = 4010;
/** graphql-ws's Forbidden: a client must not reconnect with the same token. */
export const CLOSE_SESSION_ENDED = 4403;

/** Defaults suit one dashboard per user with a few panels each (configurable, see `config.ts`). */
export const DEFAULT_SOCKET_LIMITS: SocketLimits = {
  subscriptionsPerConnection: 50,
  connectionsPerUser: 20,
  queuedPerSubscription: 1_000,
  connectionsPerIp: 100,
  anonymousConnections: 1_000,
  anonymousIdleMs: 10_000,
};

/** What graphql-ws hands from `onSubscribe` to `subscribe`/`execute`: the socket and the operation's text. */
interface OperationContext {
  ctx: SocketContext;
  query: string;
}

/**
 * graphql-ws on the gateway's /graphql: the access token arrives in connection_init (`authorization`);
 * subscriptions run as federated subscriptions, queries and mutations through the same Apollo executor as
 * HTTP. The token's expiry ends the connection with 4401; an invalid token is refused with 4403.
 */
export function serveWebSocket(options: {
  httpServer: Server;
  engine: SubscriptionEngine;
  apollo: ApolloServer<GatewayContext>;
  verify: TokenVerifier;
  limits: SocketLimits;
  operationLimits: OperationLimits;
  trusted: TrustedDocuments;
  clientAddress: ClientAddress;
  log: Logger;
}) {
  const { engine, apollo, verify, limits, operationLimits, log, clientAddress } = options;
  const connectionsByUser = new Counter();
  const connectionsByIp = new Counter();
  const socketsBySession = new Map<string, Set<SocketContext['extra']['socket']>>();
  let anonymous = 0;
  /** Connections past connection_init, for the gauges of open sockets and running subscriptions. */
  const admitted = new Set<SocketContext>();
  const shared = new SharedSubscriptions(limits.queuedPerSubscription);
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    // Counted at the upgrade, before graphql-ws sees the socket: a client holding sockets it never
    // initialises is refused too.
    verifyClient: (info, accept) =>
      connectionsByIp.count(clientAddress(info.req)) < limits.connectionsPerIp
        ? accept(true)
        : accept(false, 429, 'Too many connections from this address'),
  });
  wsServer.on('connection', (socket, request) => {
    const ip = clientAddress(request);
    connectionsByIp.add(ip);
    socket.once('close', () => connectionsByIp.remove(ip));
  });
  const originOf = (ctx: SocketContext): RequestOrigin => ({
    viewer: ctx.extra.viewer ?? null,
    ip: ctx.extra.ip ?? null,
    userAgent: ctx.extra.userAgent ?? null,
    requestId: randomUUID(),
  });

  /** connection_init: anonymous within the caps, or signed in with a valid token within the user's cap. */
  async function admitConnection(ctx: SocketContext): Promise<boolean> {
    const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
    ctx.extra.ip = clientAddress(ctx.extra.request);
    ctx.extra.userAgent = ctx.extra.request.headers['user-agent'] ?? null;
    ctx.extra.operations = 0;
    ctx.extra.viewer = null;
    if (authorization === undefined) return admitAnonymous(ctx);
    let token: VerifiedToken;
    try {
      token = await verifyBearer(authorization, verify);
    } catch {
      return false; // 4403 Forbidden
    }
    const { viewer, expiresAt } = token;
    if (connectionsByUser.count(viewer.userId) >= limits.connectionsPerUser) {
      ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections for this user');
      return false;
    }
    connectionsByUser.add(viewer.userId);
    ctx.extra.viewer = viewer;
    if (viewer.sessionId) {
      const held = socketsBySession.get(viewer.sessionId) ?? new Set();
      socketsBySession.set(viewer.sessionId, held.add(ctx.extra.socket));
    }
    ctx.extra.timer = setTimeout(
      () => ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED, 'Access token expired: refresh it and resubscribe'),
      Math.max(0, expiresAt - Date.now()),
    );
    return true;
  }

  function admitAnonymous(ctx: SocketContext): boolean {
    if (anonymous >= limits.anonymousConnections) {
      ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many anonymous connections');
      return false;
    }
    anonymous += 1;
    ctx.extra.anonymous = true;
    ctx.extra.timer = setTimeout(() => {
      if (ctx.extra.operations === 0) ctx.extra.socket.close(CLOSE_IDLE, 'Idle anonymous connection');
    }, limits.anonymousIdleMs);
    return true;
  }

  function releaseConnection(ctx: SocketContext) {
    admitted.delete(ctx);
    clearTimeout(ctx.extra.timer);
    if (ctx.extra.anonymous) anonymous -= 1;
    const { viewer } = ctx.extra;
    if (!viewer) return;
    connectionsByUser.remove(viewer.userId);
    const ofSession = viewer.sessionId ? socketsBySession.get(viewer.sessionId) : undefined;
    ofSession?.delete(ctx.extra.socket);
    if (viewer.sessionId && ofSession?.size === 0) socketsBySession.delete(viewer.sessionId);
  }

  /**
   * Parses here, so a syntax error is an `error` message for that one operation: graphql-ws's own parse would
   * throw and close the whole socket. A subscription is validated and checked against the limits here too;
   * queries and mutations are, with their input, by Apollo's pipeline that runs them (`runOperation`).
   */
  function prepareOperation(
    ctx: SocketContext,
    payload: SubscribePayload,
  ): ExecutionArgs | readonly GraphQLError[] {
    ctx.extra.operations = (ctx.extra.operations ?? 0) + 1;
    // graphql-ws keeps every running operation, this one included, until it ends however it ends: a refused
    // one never holds a slot.
    if (Object.keys(ctx.subscriptions).length > limits.subscriptionsPerConnection) {
      return [rateLimited(`At most ${limits.subscriptionsPerConnection} subscriptions per connection`)];
    }
    let document: DocumentNode;
    const refusal = options.trusted.admit(payload);
    if (refusal) return [new GraphQLError(refusal.message, { extensions: { code: refusal.code } })];
    try {
      document = parse(payload.query, { maxTokens: operationLimits.maxTokens });
    } catch (error) {
      return [error instanceof GraphQLError ? error : new GraphQLError('The query could not be parsed')];
    }
    const variables = payload.variables ?? {};
    // The schema of now: a reloaded supergraph applies to operations started after it.
    const schema = engine.federation.schema;
    if (getOperationAST(document, payload.operationName)?.operation === OperationTypeNode.SUBSCRIPTION) {
      const invalid = validate(schema, document);
      if (invalid.length > 0) return invalid;
      const violation = operationLimitViolation(
        schema,
        document,
        payload.operationName,
        variables,
        operationLimits,
      );
      if (violation) return [violation];
    }
    const contextValue: OperationContext = { ctx, query: payload.query };
    return {
      schema,
      document,
      operationName: payload.operationName,
      variableValues: variables,
      contextValue,
    };
  }

  function startSubscription(args: ExecutionArgs) {
    const { ctx, query } = args.contextValue as OperationContext;
    const variables = (args.variableValues ?? {}) as Record<string, unknown>;
    const problems = inputProblems(args.schema, args.document, args.operationName, variables);
    if (problems.length > 0) return { errors: [badInput(problems)] };
    const request = {
      query,
      document: args.document,
      operationName: args.operationName,
      variables,
      origin: originOf(ctx),
    };
    const tooSlow = () => {
      ctx.extra.socket.close(CLOSE_TOO_SLOW, 'Client fell too far behind');
      return new Error('Client fell too far behind');
    };
    // A replay is the subscriber's own; live-only subscriptions are shared with identical ones of the same
    // viewer whatever the session — every other claim (company, role, access list) must match.
    const viewer = request.origin.viewer && { ...request.origin.viewer, sessionId: undefined };
    const key = replayRequested(engine, request)
      ? randomUUID()
      : JSON.stringify([viewer, args.operationName, query, variables]);
    return shared.subscribe(key, () => federatedSubscribe(engine, request), tooSlow);
  }

  /** Queries and mutations: through Apollo, exactly as over HTTP (its plugins, limits and input checks). */
  async function runOperation(args: ExecutionArgs) {
    const { ctx, query } = args.contextValue as OperationContext;
    const response = await apollo.executeOperation(
      {
        query,
        variables: args.variableValues as Record<string, unknown>,
        operationName: args.operationName ?? undefined,
      },
      { contextValue: { origin: originOf(ctx) } },
    );
    return response.body.kind === 'single'
      ? (response.body.singleResult as never)
      : { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
  }

  const server = useServer<Record<string, unknown> | undefined, Partial<SocketState>>(
    {
      schema: () => engine.federation.schema,
      onConnect: async (ctx) => {
        const admit = await admitConnection(ctx);
        if (admit) admitted.add(ctx);
        return admit;
      },
      onClose: releaseConnection,
      onSubscribe: (ctx, _id, payload) => prepareOperation(ctx, payload),
      // Queries and mutations come back from Apollo with their errors formatted (and masked) already.
      onNext: (_ctx, _id, _payload, _args, result) => ({
        ...result,
        ...(result.errors && {
          errors: result.errors.map((e) => (e instanceof GraphQLError ? e.toJSON() : e)),
        }),
      }),
      subscribe: startSubscription,
      execute: runOperation,
    },
    wsServer,
  );
  log.debug('graphql-ws ready on /graphql');
  return {
    counts: {
      sockets: () => wsServer.clients.size,
      subscriptions: () => {
        let running = 0;
        for (const ctx of admitted) running += Object.keys(ctx.subscriptions).length;
        return running;
      },
    },
    /** Closes the connections of sessions that ended (4403: sign in again), with their subscriptions. */
    endSessions(sessionIds: string[]) {
      for (const id of sessionIds) {
        for (const socket of socketsBySession.get(id) ?? [])
          socket.close(CLOSE_SESSION_ENDED, 'Session ended');
      }
    },
    async close() {
      await server.dispose();
    },
  };
}

/** Connections held per key (a user, an address). */
class Counter {
  private readonly held = new Map<string, number>();
  count = (key: string | null) => this.held.get(key ?? '') ?? 0;
  add(key: string | null) {
    this.held.set(key ?? '', this.count(key) + 1);
  }
  remove(key: string | null) {
    const left = this.count(key) - 1;
    if (left > 0) this.held.set(key ?? '', left);
    else this.held.delete(key ?? '');
  }
}
