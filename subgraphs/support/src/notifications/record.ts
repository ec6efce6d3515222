import { randomUUID } from 'node:crypto';
import {
  NOTIFICATION_ADDED,
  NOTIFICATION_DELIVERY_REQUESTED,
  type NotificationAddedPayload,
  type NotificationDeliveryRequestedPayload,
} from '@kabinet/contracts';
import { companyStream, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './kinds';
import { quietUntil } from './quiet-hours';
import type { Channel } from './settings';

export interface NewNotification {
  kind: NotificationKind;
  companyId: string;
  accountId: string | null;
  userId?: string | null;
  title: string;
  body: string;
  subject?: Record<string, string>;
}

/**
 * Adds a notification once per `source` (what called for it: an event, a news item for a company), however
 * often that is read (a consumer restarted between an event and its position reads it again), and announces
 * it to live subscribers.
 */
export async function notify(tx: EntityManager, source: string, note: NewNotification, at: Date) {
  const id = randomUUID();
  const added: unknown[] = await tx.query(
    `INSERT INTO notifications (id, company_id, account_id, user_id, kind, title, body, subject, source, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (source) DO NOTHING RETURNING id`,
    [
      id,
      note.companyId,
      note.accountId,
      note.userId ?? null,
      note.kind,
      note.title,
      note.body,
      note.subject ?? {},
      source,
      at,
    ],
  );
  if (added.length === 0) return;
  const payload: NotificationAddedPayload = {
    notificationId: id,
    companyId: note.companyId,
    accountId: note.accountId,
    userId: note.userId ?? null,
    kind: note.kind,
  };
  await publish(tx, {
    stream: companyStream(note.companyId),
    type: NOTIFICATION_ADDED,
    companyId: note.companyId,
    payload,
  });
  await requestDeliveries(tx, id, note, at);
}

/**
 * Asks identity to e-mail or text the notification to the users who want this kind so: an SMS in a user's
 * quiet hours waits for their end; an e-mail goes at once (it waits in the inbox anyway).
 */
async function requestDeliveries(tx: EntityManager, notificationId: string, note: NewNotification, at: Date) {
  const wanting: {
    userId: string;
    channels: Channel[];
    timeZone: string;
    from: string | null;
    to: string | null;
  }[] = await tx.query(
    `SELECT c.user_id AS "userId", c.channels, s.time_zone AS "timeZone", s.quiet_from AS "from", s.quiet_to AS "to"
       FROM notification_channels c JOIN notification_settings s USING (user_id)
       WHERE s.company_id = $1 AND c.kind = $2 AND c.channels && ARRAY['EMAIL', 'SMS']
         AND ($3::uuid IS NULL OR c.user_id = $3) ORDER BY c.user_id`,
    [note.companyId, note.kind, note.userId ?? null],
  );
  for (const user of wanting) {
    for (const channel of (['EMAIL', 'SMS'] as const).filter((c) => user.channels.includes(c))) {
      const held =
        channel === 'SMS' && user.from && user.to ? quietUntil(at, user.timeZone, user.from, user.to) : null;
      const payload: NotificationDeliveryRequestedPayload = {
        notificationId,
        userId: user.userId,
        companyId: note.companyId,
        accountId: note.accountId,
        channel,
        title: note.title,
        body: note.body,
        notBefore: held?.toISOString() ?? null,
      };
      await publish(tx, {
        stream: `deliveries:${note.companyId}`,
        type: NOTIFICATION_DELIVERY_REQUESTED,
        companyId: note.companyId,
        payload,
      });
    }
  }
}
