import { randomBytes } from 'node:crypto';
import { type Clock, type Logger, systemClock } from '@kabinet/kit';
import type { RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import type { Billing } from '../runtime';
import type { Acquirer } from './acquirer';
import { expirySweep } from './expiry';
import { simulatedAcquirer, WEBHOOK_PATH } from './simulated-acquirer';
import { acquirerWebhook } from './webhook';

/** Payments' part of `BillingOptions`. */
export interface PaymentOptions {
  clock?: Clock;
  /** The card acquirer; default: the simulated one, inside this process (development and tests). */
  acquirer?: Acquirer;
  /**
   * What the acquirer signs its webhooks with (ACQUIRER_WEBHOOK_SECRET). Default: a random one made here,
   * which only the simulated acquirer of this same definition knows — enough for one process.
   */
  acquirerWebhookSecret?: string;
  /**
   * The gateway's public URL (GATEWAY_PUBLIC_URL): the simulated acquirer's payment pages are there, and it
   * sends its webhooks there. A function for tests, which know the gateway's port only once it listens.
   */
  publicUrl?: string | (() => string);
  /** How often unpaid card payments past their time are expired when nobody reads them (60 s). */
  paymentExpirySweepMs?: number;
}

export const DEFAULT_PUBLIC_URL = 'http://127.0.0.1:4000';

type Deps = { db: DataSource; log: Logger };

/** Payments' part of the `Billing` runtime, defaults filled in. */
export function paymentsRuntime(options: PaymentOptions) {
  const acquirerWebhookSecret = options.acquirerWebhookSecret ?? randomBytes(32).toString('hex');
  const paymentExpirySweepMs = options.paymentExpirySweepMs ?? 60_000;
  if (options.acquirer) {
    return { acquirer: options.acquirer, acquirerWebhookSecret, acquirerPages: null, paymentExpirySweepMs };
  }
  const { publicUrl = DEFAULT_PUBLIC_URL } = options;
  const simulated = simulatedAcquirer({
    clock: options.clock ?? systemClock,
    webhookSecret: acquirerWebhookSecret,
    publicUrl: typeof publicUrl === 'string' ? () => publicUrl : publicUrl,
  });
  return {
    acquirer: simulated.acquirer,
    acquirerWebhookSecret,
    acquirerPages: simulated.pages as ((deps: Deps) => RequestHandler) | null,
    paymentExpirySweepMs,
  };
}

/** Billing's HTTP endpoints for payments (the gateway forwards them): the acquirer's webhook, its pages. */
export const paymentRoutes = (billing: Billing) => [
  { path: WEBHOOK_PATH, handler: acquirerWebhook(billing) },
  ...(billing.acquirerPages ? [{ path: '/pay', handler: billing.acquirerPages }] : []),
];

/** Background work of payments: the expiry sweep. */
export const paymentWorkers = (billing: Billing, deps: Deps) => [expirySweep(billing, deps)];
