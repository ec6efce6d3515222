import { join } from 'node:path';
import { createSubgraphServer, loadSchema, type SubgraphDefinition, type SubgraphDeps } from '@kabinet/kit';
import { accountsBulkWork } from './bulk/move';
import { bulkResults } from './bulk/progress';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { companyApprovals } from './events/company-approved';
import { accountListProjections } from './events/projections';
import { createLoaders, type Loaders } from './loaders';
import { resolvers } from './resolvers';

export const subgraph: SubgraphDefinition<Loaders> = {
  name: 'accounts',
  ...loadSchema(join(__dirname, '..')),
  resolvers,
  entities,
  migrations,
  createLoaders,
  seed,
  workers: (deps) => [
    ...companyApprovals(deps),
    ...accountListProjections(deps),
    ...accountsBulkWork(deps),
    ...bulkResults(deps),
  ],
};

export const createServer = (deps: SubgraphDeps) => createSubgraphServer(subgraph, deps);
