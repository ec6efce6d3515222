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
import { worksAnnouncements } from './news/announce';
import { companyServices } from './news/company-services';
import { notificationConsumers } from './notifications/consumers';
import { createResolvers } from './resolvers';
import type { Support } from './runtime';
import { attachmentUploads } from './tickets/attachments';
import { companyOrders } from './tickets/subjects';
import { technicianVisits } from './tickets/visits';

/** What a support deployment is configured with; each has a default. */
export interface SupportOptions {
  /** When answers are due and tickets may be reopened (tests move a test clock). */
  clock?: Clock;
  /** How often work due by the clock is looked for (default a minute). */
  pollMs?: number;
}

export const supportSubgraph = (options: SupportOptions = {}): SubgraphDefinition<Loaders> => {
  const support: Support = { clock: options.clock ?? systemClock, pollMs: options.pollMs ?? 60_000 };
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
      worksAnnouncements(deps, support),
      ...notificationConsumers(deps, support),
      attachmentUploads(deps),
      companyOrders(deps),
      technicianVisits(deps, support),
    ],
  };
};

export const createServer = (deps: SubgraphDeps & SupportOptions) =>
  createSubgraphServer(supportSubgraph(deps), deps);
