import { randomUUID } from 'node:crypto';
import { NOTIFICATION_ADDED, type NotificationAddedPayload } from '@kabinet/contracts';
import { companyStream, type OutboxEvent, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { NotificationKind } from './kinds';

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
 * Adds the notification an event calls for, once per event however often it is read (a consumer restarted
 * between the event and its position reads it again), and announces it to live subscribers.
 */
export async function notify(
  tx: EntityManager,
  source: { subgraph: string; event: OutboxEvent },
  note: NewNotification,
  at: Date,
) {
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
      `${source.subgraph}:${source.event.id}`,
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
}
