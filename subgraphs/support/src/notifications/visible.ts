import { accountAccessSql, accountScope, companyScope, type Viewer } from '@kabinet/kit';

export interface NotificationRecord {
  id: string;
  seq: string;
  companyId: string;
  accountId: string | null;
  kind: string;
  title: string;
  body: string;
  subject: Record<string, string>;
  read: boolean;
  createdAt: Date;
}

/** Columns of a notification as `$user` sees it (`n` the notification). */
export const NOTIFICATION_COLUMNS = (user: string) => `n.id, n.seq::text AS seq, n.company_id AS "companyId",
  n.account_id AS "accountId", n.kind, n.title, n.body, n.subject, n.created_at AS "createdAt",
  EXISTS (SELECT 1 FROM notification_reads r WHERE r.user_id = ${user} AND r.notification_id = n.id) AS read`;

/**
 * SQL true for the notifications `viewer` gets, parameters from `$next` (the first is the user): those for
 * them alone, and their company's about an account they may see (or about none). Staff: only their own.
 */
export function visibleNotificationSql(viewer: Viewer, next: number): { sql: string; params: unknown[] } {
  const user = `$${next}`;
  // Kinds the user turned off in the cabinet stay out of their list (they may still get them by e-mail or SMS).
  const wanted = `NOT EXISTS (SELECT 1 FROM notification_channels c
    WHERE c.user_id = ${user} AND c.kind = n.kind AND NOT ('IN_APP' = ANY (c.channels)))`;
  const scope = companyScope(viewer);
  if (scope === null) return { sql: `n.user_id = ${user} AND ${wanted}`, params: [viewer.userId] };
  const access = accountScope(viewer);
  const reach = access
    ? `(n.account_id IS NULL OR ${accountAccessSql('n.account_id', `$${next + 2}::uuid[]`, `$${next + 3}::uuid[]`)})`
    : 'TRUE';
  return {
    sql: `n.company_id = $${next + 1} AND (n.user_id IS NULL OR n.user_id = ${user}) AND ${reach} AND ${wanted}`,
    params: [viewer.userId, scope, ...(access ? [access.accountIds, access.groupIds] : [])],
  };
}
