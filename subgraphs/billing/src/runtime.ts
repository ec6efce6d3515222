import type { Clock } from '@kabinet/kit';

/** What billing's resolvers, HTTP handlers and workers share, built once from `BillingOptions`. */
export interface Billing {
  clock: Clock;
}
