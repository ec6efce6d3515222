import type { EntityManager } from 'typeorm';
import type { Logger } from '../core/logger';

export interface Message {
  channel: 'SMS' | 'EMAIL';
  /** A phone number (E.164) or an e-mail address. */
  to: string;
  text: string;
  /** Not sent before this (e.g. the end of the recipient's quiet hours); absent: at once. */
  notBefore?: Date | null;
}

/**
 * Sends an SMS or e-mail: the message is written to the subgraph's `outgoing_messages` in the caller's
 * transaction, so a rolled-back change sends nothing, and to the log. That is all the development sender does
 * (tests read messages there); a provider relay (`startMessageRelay`) delivers the same rows (see the README,
 * "SMS and e-mail").
 */
export async function sendMessage(tx: EntityManager, log: Logger, message: Message): Promise<void> {
  await tx.query(
    'INSERT INTO outgoing_messages (channel, recipient, body, next_attempt_at) VALUES ($1, $2, $3, coalesce($4, now()))',
    [message.channel, message.to, message.text, message.notBefore ?? null],
  );
  log.info({ channel: message.channel, to: message.to, text: message.text }, 'message queued');
}
