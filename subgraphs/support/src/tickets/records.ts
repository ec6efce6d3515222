import type { TicketStatus } from '@kabinet/contracts';
import { accountAccessSql, accountScope, companyScope, type Viewer } from '@kabinet/kit';
import type { TicketCategory } from './categories';

export interface TicketRecord {
  id: string;
  number: string;
  companyId: string;
  accountId: string | null;
  serviceId: string | null;
  orderId: string | null;
  category: TicketCategory;
  subject: string;
  description: string;
  status: TicketStatus;
  priority: 'LOW' | 'NORMAL' | 'HIGH';
  responseDueAt: Date | null;
  createdBy: string;
  assigneeId: string | null;
  createdAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
}

export const TICKET_COLUMNS = `t.id, t.number, t.company_id AS "companyId", t.account_id AS "accountId",
  t.service_id AS "serviceId", t.order_id AS "orderId", t.category, t.subject, t.description, t.status, t.priority,
  t.response_due_at AS "responseDueAt", t.created_by AS "createdBy", t.assignee_id AS "assigneeId",
  t.created_at AS "createdAt", t.updated_at AS "updatedAt", t.resolved_at AS "resolvedAt", t.closed_at AS "closedAt",
  t.rating, t.rating_comment AS "ratingComment"`;

/** States in which the ticket is still being worked on. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['ACKNOWLEDGED', 'IN_PROGRESS', 'PENDING'];

/**
 * SQL true for the tickets `viewer` may see, parameters from `$next`: staff see all; company users their
 * company's; a user limited to some accounts those about their accounts and those they wrote.
 */
export function visibleTicketSql(viewer: Viewer, next: number): { sql: string; params: unknown[] } {
  const scope = companyScope(viewer);
  if (scope === null) return { sql: 'TRUE', params: [] };
  const access = accountScope(viewer);
  if (access === null) return { sql: `t.company_id = $${next}`, params: [scope] };
  return {
    sql: `t.company_id = $${next} AND (t.created_by = $${next + 1} OR (t.account_id IS NOT NULL AND
      ${accountAccessSql('t.account_id', `$${next + 2}::uuid[]`, `$${next + 3}::uuid[]`)}))`,
    params: [scope, viewer.userId, access.accountIds, access.groupIds],
  };
}
