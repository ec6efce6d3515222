import { join } from 'node:path';
import { GATEWAY_PORT, logLevel, otlpEndpoint, pem, port } from '@kabinet/kit/core';
import proxyAddr from 'proxy-addr';
import { z } from 'zod';
import { DEFAULT_LIMITS } from './limits';
import { DEFAULT_MAX_BATCH } from './protection/batch';
import { DEFAULT_RATE_LIMITS } from './protection/rate-limits';
import { DEFAULT_REVOCATION_POLL_MS } from './revocations';
import { DEFAULT_SOCKET_LIMITS } from './subscriptions/ws-server';
import { DEFAULT_UPSTREAM_POLICY } from './upstream/policy';

const count = (fallback: number) => z.coerce.number().int().min(1).default(fallback);

/** `name=url,name=url`: where each subgraph really runs, overriding the URLs recorded in the supergraph. */
const subgraphUrls = z
  .string()
  .default('')
  .transform((text, ctx) => {
    const urls: Record<string, string> = {};
    for (const pair of text.split(',').filter((p) => p.trim())) {
      const [name, url] = pair.split('=').map((s) => s.trim());
      if (!name || !url || !URL.canParse(url)) {
        ctx.addIssue({ code: 'custom', message: `"${pair}" is not name=url` });
        return z.NEVER;
      }
      urls[name] = url;
    }
    return urls;
  });

export const gatewayConfig = z
  .object({
    PORT: port(GATEWAY_PORT),
    HOST: z.string().default('127.0.0.1'),
    SUPERGRAPH_PATH: z.string().default(join(__dirname, '..', '..', 'schema', 'supergraph.graphql')),
    SUBGRAPH_URLS: subgraphUrls,
    /** Proves to subgraphs that a request comes from the gateway. Without it subgraphs refuse every call. */
    GATEWAY_SECRET: z.string().min(16, 'must be at least 16 characters').optional(),
    /** Public key of identity's token signing key; without it every bearer token is refused. */
    JWT_PUBLIC_KEY: pem('PUBLIC KEY').optional(),
    JWT_KEY_ID: z.string().min(1).default('k1'),
    LOG_LEVEL: logLevel,
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
    MAX_CONNECTIONS_PER_USER: count(DEFAULT_SOCKET_LIMITS.connectionsPerUser),
    MAX_SUBSCRIPTIONS_PER_CONNECTION: count(DEFAULT_SOCKET_LIMITS.subscriptionsPerConnection),
    MAX_CONNECTIONS_PER_IP: count(DEFAULT_SOCKET_LIMITS.connectionsPerIp),
    MAX_ANONYMOUS_CONNECTIONS: count(DEFAULT_SOCKET_LIMITS.anonymousConnections),
    REVOCATION_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(DEFAULT_REVOCATION_POLL_MS),
    /** production: introspection and field suggestions off. */
    GATEWAY_MODE: z.enum(['development', 'production']).default('development'),
    /** Browser origins allowed to call the graph, comma-separated (e.g. https://cabinet.example.ru). */
    CORS_ORIGINS: z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean),
      )
      .refine(
        (list) => list.every((o) => URL.canParse(o) && new URL(o).origin === o),
        'must be comma-separated origins such as https://cabinet.example.ru',
      ),
    /** Persisted query manifest of the clients' operations; in production mode the only ones that run. */
    TRUSTED_DOCUMENTS_PATH: z.string().optional(),
    /** The built web app to serve on the gateway's origin (web/dist); unset: the graph only. */
    WEB_ROOT: z.string().optional(),
    MAX_BATCH: count(DEFAULT_MAX_BATCH),
    /** Identical queries in flight with the same access share one execution (off: every request runs). */
    DEDUPLICATE_QUERIES: z.enum(['on', 'off']).default('on'),
    RATE_LIMIT_PER_IP: count(DEFAULT_RATE_LIMITS.perIp),
    RATE_LIMIT_PER_USER: count(DEFAULT_RATE_LIMITS.perUser),
    RATE_LIMIT_SENSITIVE_PER_IP: count(DEFAULT_RATE_LIMITS.sensitivePerIp),
    COST_BUDGET_PER_MINUTE: count(DEFAULT_RATE_LIMITS.costPerMinute),
    /** The bearer token Prometheus scrapes /metrics with; unset: /metrics is open (development). */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    /** One attempt's limit on a subgraph fetch (ms). */
    SUBGRAPH_TIMEOUT_MS: z.coerce
      .number()
      .int()
      .min(100)
      .max(120_000)
      .default(DEFAULT_UPSTREAM_POLICY.timeoutMs),
    MAX_QUERY_DEPTH: count(DEFAULT_LIMITS.maxDepth),
    MAX_QUERY_COST: count(DEFAULT_LIMITS.maxCost),
    /** Proxies whose X-Forwarded-For is believed: addresses, CIDR ranges or loopback/linklocal/uniquelocal. */
    TRUSTED_PROXIES: z
      .string()
      .default('')
      .transform((text) =>
        text
          .split(',')
          .map((p) => p.trim())
          .filter(Boolean),
      )
      .refine((list) => {
        try {
          proxyAddr.compile(list);
          return true;
        } catch {
          return false;
        }
      }, 'must be comma-separated addresses, CIDR ranges, loopback, linklocal or uniquelocal'),
  })
  .transform((c) => ({
    ...c,
    verificationKeys: c.JWT_PUBLIC_KEY ? { [c.JWT_KEY_ID]: c.JWT_PUBLIC_KEY } : {},
    socketLimits: {
      connectionsPerUser: c.MAX_CONNECTIONS_PER_USER,
      subscriptionsPerConnection: c.MAX_SUBSCRIPTIONS_PER_CONNECTION,
      connectionsPerIp: c.MAX_CONNECTIONS_PER_IP,
      anonymousConnections: c.MAX_ANONYMOUS_CONNECTIONS,
    },
    limits: { maxDepth: c.MAX_QUERY_DEPTH, maxCost: c.MAX_QUERY_COST },
    upstream: { timeoutMs: c.SUBGRAPH_TIMEOUT_MS },
    rateLimits: {
      perIp: c.RATE_LIMIT_PER_IP,
      perUser: c.RATE_LIMIT_PER_USER,
      sensitivePerIp: c.RATE_LIMIT_SENSITIVE_PER_IP,
      costPerMinute: c.COST_BUDGET_PER_MINUTE,
    },
  }));

export type GatewayConfig = z.infer<typeof gatewayConfig>;
