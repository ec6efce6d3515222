import { z } from 'zod';
import { instant, uuid } from './fields';

/** Identity, when a user signs in from a device (browser, app) none of their sessions has used before. */
export const NEW_DEVICE_SIGNED_IN = 'NewDeviceSignedIn';

export const newDeviceSignedIn = z.looseObject({
  userId: uuid,
  companyId: uuid.nullable(),
  sessionId: uuid,
  userAgent: z.string().nullable(),
  ip: z.string().nullable(),
  at: instant,
});
export type NewDeviceSignedInPayload = z.infer<typeof newDeviceSignedIn>;
