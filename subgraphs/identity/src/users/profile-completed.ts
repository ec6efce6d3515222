import { PROFILE_COMPLETED, type ProfileCompletedPayload } from '@kabinet/contracts';
import { companyStream, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/**
 * Announces a company user's profile as complete once both contacts are confirmed (for the company's bonus
 * points). A confirmation that changes a contact of a complete profile announces again; billing awards once.
 */
export async function announceIfComplete(
  tx: EntityManager,
  user: { id: string; companyId: string | null; email: string | null; phone: string | null },
): Promise<void> {
  if (!user.companyId || !user.email || !user.phone) return;
  const payload: ProfileCompletedPayload = {
    userId: user.id,
    companyId: user.companyId,
    completedAt: new Date().toISOString(),
  };
  await publish(tx, {
    stream: companyStream(user.companyId),
    type: PROFILE_COMPLETED,
    companyId: user.companyId,
    payload,
  });
}
