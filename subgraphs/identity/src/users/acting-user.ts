import { requireViewer, unauthenticated, type Viewer } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { User } from '../data/entities';
import { activeUser } from '../data/users';

/**
 * The caller as they are now, read inside the change's transaction — not as their access token says. A token
 * lives up to its TTL after its user is blocked, demoted or limited, or its session ended; every change to
 * users, roles, access lists, passwords, contacts or sessions acts with what is true at this moment.
 * The row is read FOR SHARE, so a concurrent block or role change of this user waits for this change or
 * this change for it: never both from the old state.
 */
export async function actingUser(
  tx: EntityManager,
  token: Viewer | null,
): Promise<{ user: User; viewer: Viewer }> {
  const claimed = requireViewer(token);
  const user = await activeUser(tx, claimed.userId, true);
  if (claimed.sessionId) {
    const [live] = await tx.query(
      'SELECT 1 FROM sessions WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > now()',
      [claimed.sessionId, user.id],
    );
    if (!live) throw unauthenticated('This session has ended; sign in again');
  }
  const viewer: Viewer = {
    userId: user.id,
    companyId: user.companyId,
    role: user.role,
    ...(claimed.sessionId && { sessionId: claimed.sessionId }),
    ...(user.accountIds && { accountIds: user.accountIds }),
    ...(user.groupIds && { groupIds: user.groupIds }),
  };
  return { user, viewer };
}
