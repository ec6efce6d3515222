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
import { createLoaders, type Loaders } from './loaders';
import { companyServices } from './news/company-services';
import { notificationConsumers } from './notifications/consumers';
import { createResolvers } from './resolvers';
import type { Support } from './runtime';

/** What a support deployment is configured with; each has a default. */
export interface SupportOptions {
  /** When answers are due and tickets may be reopened (tests move a test clock). */
  clock?: Clock;
}

export const supportSubgraph = (options: SupportOptions = {}): SubgraphDefinition<Loaders> => {
  const support: Support = { clock: options.clock ?? systemClock };
  return {
    name: 'support',
    ...loadSchema(join(__dirname, '..')),
    resolvers: createResolvers(support),
    entities,
    migrations,
    createLoaders,
    seed,
    workers: (deps) => [
      accountTreeProjection(deps, 'support'),
      companyServices(deps),
      ...notificationConsumers(deps, support),
    ],
  };
};

export const createServer = (deps: SubgraphDeps & SupportOptions) =>
  createSubgraphServer(supportSubgraph(deps), deps);
