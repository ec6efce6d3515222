import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { backgroundTransaction, repeatEvery } from '../events/background';

const BATCH = 20;
const POLL_MS = 500;
const TIMEOUT_MS = 5_000;
/** Attempts before a message is given up (the row stays, with its last error). */
const MAX_ATTEMPTS = 12;

/**
 * Delivers queued SMS and e-mail to the provider's webhook: POST {id, channel, to, text} as JSON; any 2xx
 * counts as delivered. Failures are retried with growing pauses (1 s, 2 s, 4 s … up to an hour). Delivery is
 * at least once: a provider must treat a repeated `id` as the same message. Rows are locked while sent, so
 * several replicas never send one message at the same time.
 */
export function startMessageRelay({ db, log, url }: { db: DataSource; log: Logger; url: string }) {
  const pass = () =>
    backgroundTransaction(db, async (tx) => {
      const due: { id: string; channel: string; recipient: string; body: string; attempts: number }[] =
        await tx.query(
          `SELECT id::text, channel, recipient, body, attempts FROM outgoing_messages
         WHERE delivered_at IS NULL AND attempts < $1 AND next_attempt_at <= now()
         ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
          [MAX_ATTEMPTS, BATCH],
        );
      for (const message of due) {
        const error = await post(url, {
          id: message.id,
          channel: message.channel,
          to: message.recipient,
          text: message.body,
        });
        if (error === null) {
          await tx.query(
            'UPDATE outgoing_messages SET delivered_at = now(), attempts = attempts + 1 WHERE id = $1',
            [message.id],
          );
        } else {
          log.warn({ message: message.id, error }, 'message not delivered; will retry');
          await tx.query(
            `UPDATE outgoing_messages SET attempts = attempts + 1, last_error = $2,
               next_attempt_at = now() + make_interval(secs => least(3600, power(2, attempts)))
             WHERE id = $1`,
            [message.id, error],
          );
        }
      }
    });
  return repeatEvery(POLL_MS, pass, { log, name: 'message relay' });
}

/** null when the provider took the message, else why not. */
async function post(url: string, message: Record<string, string>): Promise<string | null> {
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.ok ? null : `HTTP ${response.status}`;
  } catch (error) {
    return (error as Error).message;
  }
}
