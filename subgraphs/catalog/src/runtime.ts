import type { Clock } from '@kabinet/kit';

/** What catalog's resolvers and workers share, built once from `CatalogOptions`. */
export interface Catalog {
  /** When a change takes effect (billing prorates by it) and what is due; tests move a test clock. */
  clock: Clock;
  /** How often work due by the clock is looked for (ms): freezes ending, planned changes, test periods, orders unconfirmed. */
  pollMs: number;
}
