import type { Clock } from '@kabinet/kit';

/** What catalog's resolvers and workers share, built once from `CatalogOptions`. */
export interface Catalog {
  /** When a change of a service takes effect (billing prorates by it); tests move a test clock. */
  clock: Clock;
  /** How often frozen services whose day has come are resumed (ms). */
  freezePollMs: number;
}
