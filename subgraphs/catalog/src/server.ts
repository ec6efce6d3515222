import { join } from 'node:path';
import {
  accountTreeProjection,
  type Clock,
  createSubgraphServer,
  loadSchema,
  type SubgraphDefinition,
  type SubgraphDeps,
  startMessageRelay,
  systemClock,
} from '@kabinet/kit';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { companyRegions } from './events/companies-approved';
import { creditLimitSuspensions } from './events/credit-limits';
import { createLoaders, type Loaders } from './loaders';
import { autoCompleteOrders } from './orders/auto-complete';
import { createResolvers } from './resolvers';
import type { Catalog } from './runtime';
import { catalogBulkWork } from './services/bulk';
import { dueWork } from './services/due-work';
import { freezeEnds } from './services/freezes';
import { technicianCalls } from './technician-calls/calls';

/** What a catalog deployment is configured with; each has a default. */
export interface CatalogOptions {
  /** When changes of services take effect (tests move a test clock). */
  clock?: Clock;
  /** How often work due by the clock is looked for (default a minute). */
  pollMs?: number;
  /** The SMS provider's webhook; without it notices stay in outgoing_messages (and the log). */
  messageWebhookUrl?: string;
}

export const catalogSubgraph = (options: CatalogOptions = {}): SubgraphDefinition<Loaders> => {
  const catalog: Catalog = {
    clock: options.clock ?? systemClock,
    pollMs: options.pollMs ?? 60_000,
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
      companyRegions(deps),
      technicianCalls(deps),
      freezeEnds(deps, catalog.clock, catalog.pollMs),
      dueWork(deps, catalog.clock, catalog.pollMs),
      autoCompleteOrders(deps, catalog.clock, catalog.pollMs),
      ...catalogBulkWork(deps, catalog),
      ...(options.messageWebhookUrl ? [startMessageRelay({ ...deps, url: options.messageWebhookUrl })] : []),
    ],
  };
};

export const createServer = (deps: SubgraphDeps & CatalogOptions) =>
  createSubgraphServer(catalogSubgraph(deps), deps);
