import { z } from 'zod';
import { DEFAULT_PUBLIC_URL } from './runtime';

/** Payments' environment, read once at start-up (`src/index.ts`). */
export const paymentsConfig = z.object({
  /** The gateway as payers and the acquirer reach it: payment pages are there, webhooks go there. */
  GATEWAY_PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL' })
    .default(DEFAULT_PUBLIC_URL)
    .transform((url) => url.replace(/\/+$/, '')),
  /** What the acquirer signs its webhooks with (npm start makes one; a deployment sets its acquirer's). */
  ACQUIRER_WEBHOOK_SECRET: z.string().min(32, 'must be at least 32 characters'),
});

/** The payments part of `BillingOptions`, from the environment. */
export const paymentOptionsFrom = (config: z.infer<typeof paymentsConfig>) => ({
  publicUrl: config.GATEWAY_PUBLIC_URL,
  acquirerWebhookSecret: config.ACQUIRER_WEBHOOK_SECRET,
});
