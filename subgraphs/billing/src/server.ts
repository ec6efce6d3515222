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
import { openedAccounts } from './events/accounts-opened';
import { createLoaders, type Loaders } from './loaders';
import { createResolvers } from './resolvers';
import type { Billing } from './runtime';

/** What a billing deployment is configured with; each has a development default. */
export interface BillingOptions {
  /** Where due dates, periods and expiries read the time (tests move a test clock). */
  clock?: Clock;
}

/** The runtime every part of billing shares: the options with their defaults filled in. */
const runtimeOf = (options: BillingOptions): Billing => ({ clock: options.clock ?? systemClock });

export const billingSubgraph = (options: BillingOptions = {}): SubgraphDefinition<Loaders> => {
  const billing = runtimeOf(options);
  return {
    name: 'billing',
    ...loadSchema(join(__dirname, '..')),
    resolvers: createResolvers(billing),
    entities,
    migrations,
    createLoaders,
    seed,
    workers: (deps) => [...openedAccounts(deps), accountTreeProjection(deps, 'billing')],
  };
};

export const createServer = (deps: SubgraphDeps & BillingOptions) =>
  createSubgraphServer(billingSubgraph(deps), deps);
