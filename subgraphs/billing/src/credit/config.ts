import { z } from 'zod';

const pollMs = z.coerce.number().int().min(100).max(3_600_000).default(60_000);

/** Credit's environment, read once at start-up (`src/index.ts`): how often its background work looks. */
export const creditConfig = z.object({
  /** Milliseconds between looks for promised payments past their deadline. */
  PROMISED_PAYMENT_POLL_MS: pollMs,
  /** Milliseconds between looks for accounts below their auto top-up threshold. */
  AUTO_TOP_UP_POLL_MS: pollMs,
});

/** The credit part of `BillingOptions`, from the environment. */
export const creditOptionsFrom = (config: z.infer<typeof creditConfig>) => ({
  promisedPaymentPollMs: config.PROMISED_PAYMENT_POLL_MS,
  autoTopUpPollMs: config.AUTO_TOP_UP_POLL_MS,
});
