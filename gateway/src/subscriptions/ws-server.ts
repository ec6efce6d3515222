import { randomUUID } from 'node:crypto';
import type { IncomingMessage, Server } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import {
  badInput,
  type Logger,
  type RequestOrigin,
  rateLimited,
  type TokenVerifier,
  type Viewer,
} from '@kabinet/kit/core';
import { GraphQLError, getOperationAST, OperationTypeNode, print } from 'graphql';
import type { Context } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { GatewayContext } from '../context';
import { inputProblems } from '../input-check';
import { federatedSubscribe, replayRequested, type SubscriptionEngine } from './execute';
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
}

interface SocketState extends Record<string, unknown> {
  viewer: Viewer | null;
  ip: string | null;
  userAgent: string | null;
  subscriptions: number;
  expiry?: NodeJS.Timeout;
}

type SocketContext = Context<
  Record<string, unknown> | undefined,
  { request: IncomingMessage; socket: import('ws').WebSocket } & Partial<SocketState>
>;

export const CLOSE_TOKEN_EXPIRED = 4401;
// Outside graphql-ws's own 44xx codes (4408 and 4429 mean init timeout and repeated init there).
export const CLOSE_TOO_MANY_CONNECTIONS = 4029;
export const CLOSE_TOO_SLOW = 4008;

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
  log: Logger;
}) {
  const { engine, apollo, verify, limits, log } = options;
  const connectionsByUser = new Map<string, number>();
  const shared = new SharedSubscriptions(limits.queuedPerSubscription);
  const wsServer = new WebSocketServer({ server: options.httpServer, path: '/graphql' });
  const originOf = (ctx: SocketContext): RequestOrigin => ({
    viewer: ctx.extra.viewer ?? null,
    ip: ctx.extra.ip ?? null,
    userAgent: ctx.extra.userAgent ?? null,
    requestId: randomUUID(),
  });

  const server = useServer<Record<string, unknown> | undefined, Partial<SocketState>>(
    {
      schema: engine.federation.schema,
      async onConnect(ctx: SocketContext) {
        const authorization = ctx.connectionParams?.authorization ?? ctx.connectionParams?.Authorization;
        ctx.extra.ip = ctx.extra.request.socket.remoteAddress ?? null;
        ctx.extra.userAgent = ctx.extra.request.headers['user-agent'] ?? null;
        ctx.extra.subscriptions = 0;
        ctx.extra.viewer = null;
        if (authorization === undefined) return true;
        const token =
          typeof authorization === 'string' ? /^Bearer\s+(\S+)$/i.exec(authorization)?.[1] : undefined;
        let viewer: Viewer;
        let expiresAt: number;
        try {
          if (!token) throw new Error('not a bearer token');
          viewer = await verify(token);
          expiresAt = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()).exp * 1000;
        } catch {
          return false; // 4403 Forbidden
        }
        const held = connectionsByUser.get(viewer.userId) ?? 0;
        if (held >= limits.connectionsPerUser) {
          ctx.extra.socket.close(CLOSE_TOO_MANY_CONNECTIONS, 'Too many connections for this user');
          return false;
        }
        connectionsByUser.set(viewer.userId, held + 1);
        ctx.extra.viewer = viewer;
        ctx.extra.expiry = setTimeout(
          () =>
            ctx.extra.socket.close(CLOSE_TOKEN_EXPIRED, 'Access token expired: refresh it and resubscribe'),
          Math.max(0, expiresAt - Date.now()),
        );
        return true;
      },
      onClose(ctx: SocketContext) {
        clearTimeout(ctx.extra.expiry);
        const userId = ctx.extra.viewer?.userId;
        if (!userId) return;
        const held = (connectionsByUser.get(userId) ?? 1) - 1;
        if (held > 0) connectionsByUser.set(userId, held);
        else connectionsByUser.delete(userId);
      },
      onSubscribe(ctx: SocketContext) {
        if ((ctx.extra.subscriptions ?? 0) >= limits.subscriptionsPerConnection) {
          return [rateLimited(`At most ${limits.subscriptionsPerConnection} subscriptions per connection`)];
        }
        ctx.extra.subscriptions = (ctx.extra.subscriptions ?? 0) + 1;
        return undefined;
      },
      onComplete(ctx: SocketContext) {
        ctx.extra.subscriptions = Math.max(0, (ctx.extra.subscriptions ?? 1) - 1);
      },
      context: (ctx) => ({ ctx }),
      subscribe: (args) => {
        const problems = inputProblems(
          args.schema,
          args.document,
          args.operationName,
          (args.variableValues ?? {}) as Record<string, unknown>,
        );
        if (problems.length > 0) return { errors: [badInput(problems)] };
        const ctx = (args.contextValue as { ctx: SocketContext }).ctx;
        const request = {
          document: args.document,
          operationName: args.operationName,
          variables: (args.variableValues ?? {}) as Record<string, unknown>,
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
          : JSON.stringify([viewer, args.operationName, print(args.document), request.variables]);
        return shared.subscribe(key, () => federatedSubscribe(engine, request), tooSlow);
      },
      async execute(args) {
        const ctx = (args.contextValue as { ctx: SocketContext }).ctx;
        const operation = getOperationAST(args.document, args.operationName);
        if (operation?.operation === OperationTypeNode.SUBSCRIPTION) throw new Error('unreachable');
        const response = await apollo.executeOperation(
          {
            query: print(args.document),
            variables: args.variableValues as Record<string, unknown>,
            operationName: args.operationName ?? undefined,
          },
          { contextValue: { origin: originOf(ctx) } },
        );
        return response.body.kind === 'single'
          ? (response.body.singleResult as never)
          : { errors: [new GraphQLError('Incremental delivery is not supported over WebSocket')] };
      },
    },
    wsServer,
  );
  log.debug('graphql-ws ready on /graphql');
  return {
    async close() {
      await server.dispose();
    },
  };
}
