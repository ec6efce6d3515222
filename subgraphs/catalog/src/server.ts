import { join } from 'node:path';
import {
  accountTreeProjection,
  createSubgraphServer,
  loadSchema,
  type SubgraphDefinition,
  type SubgraphDeps,
} from '@kabinet/kit';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { creditLimitSuspensions } from './events/credit-limits';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const subgraph: SubgraphDefinition<Loaders> = {
  name: 'catalog',
  ...loadSchema(join(__dirname, '..')),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seed,
  workers: (deps) => [accountTreeProjection(deps, 'catalog'), ...creditLimitSuspensions(deps)],
};

export const createServer = (deps: SubgraphDeps) => createSubgraphServer(subgraph, deps);
