import { z } from 'zod';
import { loadConfig, port } from './core/config';
import { createLogger } from './core/logger';
import { runService } from './core/process';
import { defaultPort, type SubgraphName } from './core/topology';
import { openDatabase } from './database';
import { demoCompanies, demoPlan } from './demo';
import type { SubgraphDefinition } from './subgraph';
import { createSubgraphServer } from './subgraph-server';

export const subgraphConfig = (defaultPort: number) =>
  z.object({
    PORT: port(defaultPort),
    HOST: z.string().default('127.0.0.1'),
    DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// URL' }),
    GATEWAY_SECRET: z.string().min(16, 'must be at least 16 characters'),
    SEED_DEMO: z.stringbool().default(false),
    DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Size of the demo company (personal accounts), for trying the system at scale. */
    DEMO_ACCOUNTS: z.coerce.number().int().min(1).max(100_000).default(50),
    /** Extra demo companies of DEMO_ACCOUNTS accounts each, for load tests. */
    DEMO_EXTRA_COMPANIES: z.coerce.number().int().min(0).max(100).default(0),
    DEMO_EXTRA_ACCOUNTS: z.coerce.number().int().min(1).max(100_000).default(50),
  });

/**
 * The process entry of every subgraph: config → database (migrations) → optional demo seed → listen.
 * Exits non-zero with a clear message on any start-up failure; SIGINT/SIGTERM close it cleanly.
 */
export async function runSubgraph<L>(name: SubgraphName, build: () => SubgraphDefinition<L>): Promise<void> {
  const log = createLogger(name);
  await runService(log, async () => {
    const config = loadConfig(subgraphConfig(defaultPort(name)));
    const definition = build();
    const db = await openDatabase({
      url: config.DATABASE_URL,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      log,
      poolSize: config.DB_POOL_SIZE,
    });
    if (config.SEED_DEMO)
      await definition.seed(
        db.dataSource,
        demoPlan(
          demoCompanies(config.DEMO_ACCOUNTS, config.DEMO_EXTRA_COMPANIES, config.DEMO_EXTRA_ACCOUNTS),
        ),
      );
    const server = await createSubgraphServer(definition, { db, gatewaySecret: config.GATEWAY_SECRET, log });
    log.info({ url: await server.listen(config.PORT, config.HOST) }, 'subgraph ready');
    return async () => {
      await server.close();
      await db.close();
    };
  });
}
