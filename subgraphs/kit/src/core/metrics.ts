import { timingSafeEqual } from 'node:crypto';
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler } from 'express';
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { errorBody } from './errors';

/** Latency buckets, seconds: 5 ms to 10 s. */
export const LATENCY_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/**
 * A service's Prometheus metrics, in a registry of its own (several services in one process, as tests run
 * them, do not mix): GraphQL operations by name and outcome (OK or the first error code), their latency, and
 * the process's own (CPU, memory, event loop, GC), all named `kabinet_<service>_…`. The gateway and every
 * subgraph serve them at GET /metrics.
 */
export function serviceMetrics(service: string) {
  const prefix = `kabinet_${service}_`;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry, prefix });
  const requests = new Counter({
    name: `${prefix}requests_total`,
    help: 'GraphQL operations answered, by operation name and outcome (OK or the first error code)',
    labelNames: ['operation', 'code'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: `${prefix}request_duration_seconds`,
    help: 'Time to answer a GraphQL operation',
    labelNames: ['operation'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });

  /** Counts and times every operation; the label is the operation's name (its text never is one). */
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      const end = duration.startTimer();
      return {
        async willSendResponse({ request, response, operationName }) {
          const operation = (operationName ?? request.operationName ?? 'anonymous').slice(0, 100);
          const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
          const code = errors?.length ? String(errors[0].extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
          requests.inc({ operation, code });
          end({ operation });
          for (const observe of observers) observe(code);
        },
      };
    },
  };
  const observers: ((code: string) => void)[] = [];

  /** GET /metrics; with a token, only for the scraper that presents it (operation names are not public). */
  const handler =
    (token?: string): RequestHandler =>
    async (req, res) => {
      const given = Buffer.from(req.headers.authorization ?? '');
      const expected = Buffer.from(`Bearer ${token}`);
      if (token && (given.length !== expected.length || !timingSafeEqual(given, expected))) {
        return void res.status(401).json(errorBody('UNAUTHENTICATED', 'Metrics need the scraper token'));
      }
      res.set('Content-Type', registry.contentType).send(await registry.metrics());
    };

  return {
    prefix,
    registry,
    plugin,
    handler,
    /** Also tells `observe` the outcome code of every operation (for a service's own counters). */
    onOutcome(observe: (code: string) => void) {
      observers.push(observe);
    },
  };
}

export type ServiceMetrics = ReturnType<typeof serviceMetrics>;
