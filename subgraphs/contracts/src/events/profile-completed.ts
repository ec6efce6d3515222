import { z } from 'zod';
import { instant, uuid } from './fields';

/**
 * Identity, when a company user's profile becomes complete — both an e-mail address and a phone number
 * confirmed by code. Billing awards the company's bonus points for it (once per company).
 */
export const PROFILE_COMPLETED = 'ProfileCompleted';

export const profileCompleted = z.looseObject({
  userId: uuid,
  companyId: uuid,
  completedAt: instant,
});
export type ProfileCompletedPayload = z.infer<typeof profileCompleted>;
