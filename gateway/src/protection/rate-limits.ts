import { type ApolloServerPlugin, HeaderMap } from '@apollo/server';
import { errorBody } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import { GraphQLError, Kind, type OperationDefinitionNode } from 'graphql';
import type { ClientAddress } from '../client-address';
import type { GatewayContext } from '../context';
import { TokenBuckets } from './token-bucket';

/** How much one client may ask of the gateway a minute. */
export interface RateLimits {
  /** Operations from one address (everyone behind it). */
  perIp: number;
  /** Operations of one signed-in user, wherever from. */
  perUser: number;
  /** Signing in, registering, resetting a password, asking for upload URLs: per address. */
  sensitivePerIp: number;
  /** Cost (see `limits.ts`) one user — or one address, signed out — may spend. */
  costPerMinute: number;
}

export const DEFAULT_RATE_LIMITS: RateLimits = {
  perIp: 1_200,
  perUser: 600,
  sensitivePerIp: 30,
  costPerMinute: 500_000,
};

/** Root fields guessing or flooding would go for: passwords, codes, applications, upload URLs. */
const SENSITIVE = new Set([
  'login',
  'verifyLoginCode',
  'requestPasswordReset',
  'resetPassword',
  'changePassword',
  'submitRegistrationApplication',
  'registrationApplicationStatus',
  'createUpload',
]);

const MINUTE = 60_000;

const limited = (message: string, retryAfter: number) =>
  new GraphQLError(`${message}; try again in ${retryAfter} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfter,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfter)]]) },
    },
  });

/**
 * Rate limits in the gateway's memory: per address on every request (before its body is read), per user on
 * every operation,
 * stricter per address on the sensitive root fields, and a per-user budget of cost a minute (an operation's cost
 * taken once the limits know it). Refused with RATE_LIMITED, HTTP 429 and Retry-After.
 *
 * In memory, not shared: with N gateway replicas behind a balancer a client gets up to N times the allowance.
 * Chosen over PostgreSQL (the gateway has no database, and a write per request would cost more than the
 * operations it guards); the sign-in and registration throttles that matter most are kept by identity in its
 * database and hold across replicas. A balancer with client affinity keeps these exact.
 */
export function rateLimits(limits: RateLimits) {
  const byIp = new TokenBuckets(limits.perIp, MINUTE);
  const byUser = new TokenBuckets(limits.perUser, MINUTE);
  const sensitive = new TokenBuckets(limits.sensitivePerIp, MINUTE);
  const cost = new TokenBuckets(limits.costPerMinute, MINUTE);
  const spender = (ctx: GatewayContext) => ctx.origin.viewer?.userId ?? `ip:${ctx.origin.ip}`;

  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        // Errors thrown here (not earlier in Apollo's pipeline) reach the client as they are.
        async didResolveOperation({ contextValue, operation }) {
          const { viewer } = contextValue.origin;
          const wait = viewer ? byUser.take(viewer.userId) : 0;
          if (wait) throw limited('Too many requests', wait);
          if (operation && touchesSensitive(operation)) {
            const wait = sensitive.take(contextValue.origin.ip ?? 'unknown');
            if (wait) throw limited('Too many attempts from this address', wait);
          }
        },
      };
    },
  };

  /** Every request to /graphql from one address, counted before its body is even read. */
  const perAddress =
    (clientAddress: ClientAddress): RequestHandler =>
    (req, res, next) => {
      const wait = byIp.take(clientAddress(req) ?? 'unknown');
      if (!wait) return next();
      res
        .status(429)
        .set('Retry-After', String(wait))
        .json(errorBody('RATE_LIMITED', `Too many requests from this address; try again in ${wait} s`));
    };

  return {
    plugin,
    perAddress,
    /** Spends an operation's cost from its caller's budget (called once the limits have measured it). */
    spend(ctx: GatewayContext, amount: number) {
      const wait = cost.take(spender(ctx), amount);
      if (wait) throw limited('The cost budget of a minute is spent', wait);
    },
  };
}

const touchesSensitive = (operation: OperationDefinitionNode) =>
  operation.selectionSet.selections.some((s) => s.kind === Kind.FIELD && SENSITIVE.has(s.name.value));
