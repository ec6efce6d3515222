import type { Logger } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { promisedPaymentDeadlines } from '../promised-payments/deadlines';
import type { Billing } from '../runtime';

/** How often credit's background work looks for what is due; tests pass short intervals. */
export interface CreditOptions {
  /** How often promised payments past their deadline are looked for (default a minute). */
  promisedPaymentPollMs?: number;
}

export interface CreditRuntime {
  promisedPaymentPollMs: number;
}

export const creditRuntime = (options: CreditOptions): { credit: CreditRuntime } => ({
  credit: { promisedPaymentPollMs: options.promisedPaymentPollMs ?? 60_000 },
});

/** Reverses promised payments past their deadline. */
export const creditWorkers = (billing: Billing, deps: { db: DataSource; log: Logger }) => [
  promisedPaymentDeadlines(billing, deps, billing.credit.promisedPaymentPollMs),
];
