import type { Clock } from '@kabinet/kit';
import type { BillingRunRuntime } from './billing-run/runtime';
import type { CreditRuntime } from './credit/runtime';
import type { DocumentsRuntime } from './documents/runtime';
import type { Acquirer } from './payments/acquirer';
import type { paymentsRuntime } from './payments/runtime';

/** What billing's resolvers, HTTP handlers and workers share, built once from `BillingOptions`. */
export interface Billing {
  clock: Clock;
  /** The document signer and where e-mailed links point (see `documents/runtime.ts`). */
  documents: DocumentsRuntime;
  /** Card payments go through it (see `payments/acquirer.ts`). */
  acquirer: Acquirer;
  /** What the acquirer signs its webhooks with. */
  acquirerWebhookSecret: string;
  /** The simulated acquirer's payment pages, when it is the acquirer. */
  acquirerPages: ReturnType<typeof paymentsRuntime>['acquirerPages'];
  /** How often unpaid card payments past their time are expired in the background. */
  paymentExpirySweepMs: number;
  /** How often promised-payment deadlines and auto top-ups are checked (see `credit/runtime.ts`). */
  credit: CreditRuntime;
  /** How often the monthly run's schedule looks (see `billing-run/runtime.ts`). */
  billingRun: BillingRunRuntime;
}
