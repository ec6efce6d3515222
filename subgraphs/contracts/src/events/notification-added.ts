import { z } from 'zod';
import { uuid } from './fields';

/** Support, for every in-app notification it adds: the live `notificationAdded`. */
export const NOTIFICATION_ADDED = 'NotificationAdded';

export const notificationAdded = z.looseObject({
  notificationId: uuid,
  companyId: uuid,
  /** The personal account it concerns (users who may not see it do not get it); null: the whole company. */
  accountId: uuid.nullable(),
  /** Only this user; null: every user of the company who may see the account. */
  userId: uuid.nullable(),
  kind: z.string(),
});
export type NotificationAddedPayload = z.infer<typeof notificationAdded>;
