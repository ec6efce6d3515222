import { z } from 'zod';

/**
 * `MESSAGE_WEBHOOK_URL`, as every subgraph that sends SMS or e-mail reads it: the provider's webhook, or unset
 * (also when empty), and messages stay in the subgraph's `outgoing_messages` and the log.
 */
export const messageWebhookUrlConfig = z.preprocess(
  (value) => (value === '' ? undefined : value),
  z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
);

/** The environment of a subgraph whose only setting is where its messages go. */
export const messagesConfig = z.object({ MESSAGE_WEBHOOK_URL: messageWebhookUrlConfig });
