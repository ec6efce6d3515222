import { join } from 'node:path';
import {
  accountTreeProjection,
  type Clock,
  createSubgraphServer,
  loadSchema,
  type SubgraphDefinition,
  type SubgraphDeps,
  systemClock,
} from '@kabinet/kit';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { creditLimitSuspensions } from './events/credit-limits';
import { createLoaders, type Loaders } from './loaders';
import { createResolvers } from './resolvers';
import type { Catalog } from './runtime';
import { freezeEnds } from './services/freezes';

/** What a catalog deployment is configured with; each has a default. */
export interface CatalogOptions {
  /** When changes of services take effect (tests move a test clock). */
  clock?: Clock;
  /** How often frozen services whose day has come are resumed (default a minute). */
  freezePollMs?: number;
}

export const catalogSubgraph = (options: CatalogOptions = {}): SubgraphDefinition<Loaders> => {
  const catalog: Catalog = {
    clock: options.clock ?? systemClock,
    freezePollMs: options.freezePollMs ?? 60_000,
  };
  return {
    name: 'catalog',
    ...loadSchema(join(__dirname, '..')),
    resolvers: createResolvers(catalog),
    entities,
    migrations,
    createLoaders,
    seed,
    workers: (deps) => [
      accountTreeProjection(deps, 'catalog'),
      ...creditLimitSuspensions(deps),
      freezeEnds(deps, catalog.clock, catalog.freezePollMs),
    ],
  };
};

export const createServer = (deps: SubgraphDeps & CatalogOptions) =>
  createSubgraphServer(catalogSubgraph(deps), deps);
