import type { IncomingMessage } from 'node:http';
import {
  type RequestOrigin,
  type TokenVerifier,
  unauthenticated,
  type VerifiedToken,
} from '@kabinet/kit/core';
import type { Context } from '@opentelemetry/api';
import { GraphQLError } from 'graphql';
import type { ClientAddress } from './client-address';
import { requestIdOf } from './observability/request-id';

export interface GatewayContext {
  origin: RequestOrigin;
  /** The request's trace (OpenTelemetry context), which its subgraph fetches continue. */
  trace?: Context;
  /** Adds a subgraph's Set-Cookie to the HTTP answer (absent over WebSocket, where there is none). */
  passCookie?(cookie: string): void;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/** The access token in an `Authorization` value (a header, or graphql-ws's connection_init), verified. */
export async function verifyBearer(authorization: unknown, verify: TokenVerifier): Promise<VerifiedToken> {
  const token = typeof authorization === 'string' ? BEARER.exec(authorization)?.[1] : undefined;
  if (!token) throw unauthenticated('Authorization must be "Bearer <access token>"');
  return verify(token);
}

/** The caller of one HTTP request as subgraphs are told of it: who (verified, or null), from where, which request. */
export const requestOrigin = (
  req: IncomingMessage,
  viewer: RequestOrigin['viewer'],
  clientAddress: ClientAddress,
): RequestOrigin => ({
  viewer,
  ip: clientAddress(req),
  userAgent: req.headers['user-agent'] ?? null,
  requestId: requestIdOf(req),
});

/**
 * Builds the caller's identity for one request. No token: anonymous (public fields still work, protected
 * ones answer UNAUTHENTICATED). A token that does not verify: the whole request is refused with 401.
 */
export async function contextFor(
  req: IncomingMessage,
  verify: TokenVerifier,
  clientAddress: ClientAddress,
  passCookie?: (cookie: string) => void,
  traced?: Context,
): Promise<GatewayContext> {
  const authorization = req.headers.authorization;
  let viewer: RequestOrigin['viewer'] = null;
  if (authorization) {
    try {
      viewer = (await verifyBearer(authorization, verify)).viewer;
    } catch (error) {
      const message = error instanceof GraphQLError ? error.message : 'Invalid access token';
      throw new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
    }
  }
  return { origin: requestOrigin(req, viewer, clientAddress), passCookie, trace: traced };
}
