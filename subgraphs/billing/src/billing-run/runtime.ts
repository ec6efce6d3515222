import type { Logger } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { serviceLifecycle } from '../events/service-lifecycle';
import type { Billing } from '../runtime';
import { SCHEDULE_POLL_MS, startBillingSchedule } from './schedule';

export interface BillingRunOptions {
  /** How often the schedule checks whether last month still needs its run (default a minute). */
  billingSchedulePollMs?: number;
}

export interface BillingRunRuntime {
  schedulePollMs: number;
}

export const billingRunRuntime = (options: BillingRunOptions): { billingRun: BillingRunRuntime } => ({
  billingRun: { schedulePollMs: options.billingSchedulePollMs ?? SCHEDULE_POLL_MS },
});

/** What is billed comes from catalog's lifecycle events; last month is billed by itself once it is over. */
export const billingRunWorkers = (billing: Billing, deps: { db: DataSource; log: Logger }) => [
  ...serviceLifecycle(deps),
  startBillingSchedule({ ...deps, clock: billing.clock, pollMs: billing.billingRun.schedulePollMs }),
];
