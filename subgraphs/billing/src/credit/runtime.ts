import type { Logger } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { autoTopUps } from '../auto-top-up/trigger';
import { promisedPaymentDeadlines } from '../promised-payments/deadlines';
import type { Billing } from '../runtime';

/** How often credit's background work looks for what is due; tests pass short intervals. */
export interface CreditOptions {
  /** How often promised payments past their deadline are looked for (default a minute). */
  promisedPaymentPollMs?: number;
  /** How often accounts below their auto top-up threshold are looked for (default a minute). */
  autoTopUpPollMs?: number;
}

export interface CreditRuntime {
  promisedPaymentPollMs: number;
  autoTopUpPollMs: number;
}

export const creditRuntime = (options: CreditOptions): { credit: CreditRuntime } => ({
  credit: {
    promisedPaymentPollMs: options.promisedPaymentPollMs ?? 60_000,
    autoTopUpPollMs: options.autoTopUpPollMs ?? 60_000,
  },
});

/** Reverses promised payments past their deadline; tops up accounts below their threshold. */
export const creditWorkers = (billing: Billing, deps: { db: DataSource; log: Logger }) => [
  promisedPaymentDeadlines(billing, deps, billing.credit.promisedPaymentPollMs),
  autoTopUps(billing, deps, billing.credit.autoTopUpPollMs),
];
