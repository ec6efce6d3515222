import { z } from 'zod';
import { instant, uuid } from './fields';

/**
 * Support, for a notification a user wants by e-mail or SMS too: identity, which knows the user's contacts and
 * current access, sends it through its message outbox — or does not, if the user may no longer see the account.
 */
export const NOTIFICATION_DELIVERY_REQUESTED = 'NotificationDeliveryRequested';

export const notificationDeliveryRequested = z.looseObject({
  notificationId: uuid,
  userId: uuid,
  companyId: uuid,
  accountId: uuid.nullable(),
  channel: z.enum(['EMAIL', 'SMS']),
  title: z.string(),
  body: z.string(),
  /** Not before this (an SMS in the user's quiet hours waits for their morning); null: now. */
  notBefore: instant.nullable(),
});
export type NotificationDeliveryRequestedPayload = z.infer<typeof notificationDeliveryRequested>;
