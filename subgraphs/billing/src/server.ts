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
import { type BillingRunOptions, billingRunRuntime, billingRunWorkers } from './billing-run/runtime';
import { type CreditOptions, creditRuntime, creditWorkers } from './credit/runtime';
import { entities } from './data/entities';
import { migrations } from './data/migrations';
import { seed } from './data/seed';
import { billingBulkWork } from './documents/bulk';
import {
  type DocumentOptions,
  documentRoutes,
  documentsRuntime,
  documentWorkers,
  prepareDocuments,
} from './documents/runtime';
import { openedAccounts } from './events/accounts-opened';
import { bonusAwards } from './events/bonus-awards';
import { approvedCompanies } from './events/companies-approved';
import { profileAwards } from './events/profile-awards';
import { createLoaders, type Loaders } from './loaders';
import { type PaymentOptions, paymentRoutes, paymentsRuntime, paymentWorkers } from './payments/runtime';
import { createResolvers } from './resolvers';
import type { Billing } from './runtime';

/** What a billing deployment is configured with; each has a development default. */
export interface BillingOptions extends PaymentOptions, DocumentOptions, CreditOptions, BillingRunOptions {
  /** Where due dates, periods and expiries read the time (tests move a test clock). */
  clock?: Clock;
}

/** The runtime every part of billing shares: the options with their defaults filled in. */
const runtimeOf = (options: BillingOptions): Billing => ({
  clock: options.clock ?? systemClock,
  ...paymentsRuntime(options),
  ...documentsRuntime(options),
  ...creditRuntime(options),
  ...billingRunRuntime(options),
});

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
    workers: (deps) => [
      ...openedAccounts(deps),
      accountTreeProjection(deps, 'billing'),
      ...paymentWorkers(billing, deps),
      ...approvedCompanies(deps),
      ...documentWorkers(billing, deps),
      ...billingBulkWork(billing, deps),
      ...creditWorkers(billing, deps),
      ...billingRunWorkers(billing, deps),
      ...bonusAwards(deps),
      ...profileAwards(deps),
    ],
    http: [...paymentRoutes(billing), ...documentRoutes(billing)],
    prepare: (deps) => prepareDocuments(billing, deps),
  };
};

export const createServer = (deps: SubgraphDeps & BillingOptions) =>
  createSubgraphServer(billingSubgraph(deps), deps);

// The acquirer adapter, for whoever plugs in a real acquirer, and tests that sign webhooks.
export * from './payments/acquirer';
