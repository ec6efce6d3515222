import { z } from 'zod';
import { loadConfig, otlpEndpoint, port } from './core/config';
import { createLogger } from './core/logger';
import { runService } from './core/process';
import { defaultPort, type SubgraphName } from './core/topology';
import { startTracing } from './core/tracing';
import { openDatabase } from './database';
import type { SubgraphDefinition } from './subgraph';
import { createSubgraphServer } from './subgraph-server';

export const subgraphConfig = (defaultPort: number) =>
  z.object({
    PORT: port(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    GATEWAY_SECRET: z.string().min(16, 'must be at least 16 characters'),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** The bearer token Prometheus scrapes /metrics with; unset: /metrics is open (development). */
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    OTEL_EXPORTER_OTLP_ENDPOINT: otlpEndpoint,
  });

/**
 * The process entry of every subgraph: config → database (migrations) → listen. It never writes demo data
 * (`npm start` does, from dev/).
 * Exits non-zero with a clear message on any start-up failure; SIGINT/SIGTERM close it cleanly.
 */
export async function runSubgraph<L>(name: SubgraphName, build: () => SubgraphDefinition<L>): Promise<void> {
  const log = createLogger(name);
  await runService(log, async () => {
    const config = loadConfig(subgraphConfig(defaultPort(name)));
    const tracing = startTracing(name, config.OTEL_EXPORTER_OTLP_ENDPOINT);
    const definition = build();
    const db = await openDatabase({
      url: config.DATABASE_URL,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      log,
      poolSize: config.DB_POOL_SIZE,
    });
    await definition.prepare?.({ db: db.dataSource, log });
    const server = await createSubgraphServer(definition, {
      db,
      gatewaySecret: config.GATEWAY_SECRET,
      metricsToken: config.METRICS_TOKEN,
      log,
    });
    log.info({ url: await server.listen(config.PORT, config.HOST) }, 'subgraph ready');
    return async () => {
      await server.close();
      await db.close();
      await tracing.stop();
    };
  });
}
