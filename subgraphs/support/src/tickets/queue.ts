import { assertValid, decodeCursor, isUuid, pageSize, toConnection, type Viewer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { OPEN_STATUSES, TICKET_COLUMNS, type TicketRecord } from './records';

export interface QueueArgs {
  filter?: {
    status?: string[] | null;
    priority?: string | null;
    overdue?: boolean | null;
    assignedToMe?: boolean | null;
    companyId?: string | null;
  } | null;
  first?: number | null;
  after?: string | null;
}

/** Answers due latest sort last; a ticket owing nothing (PENDING) after them all. */
const NEVER = '9999999999999';

/**
 * The staff's queue of open tickets, in the order they should be answered: by when the answer is due (so the
 * overdue come first), then by priority. Keyset-paged on (due, priority, id).
 */
export async function ticketQueue(db: DataSource, viewer: Viewer, args: QueueArgs, now: Date) {
  const filter = args.filter ?? {};
  const status = filter.status?.length ? filter.status : [...OPEN_STATUSES];
  if (status.some((s) => !OPEN_STATUSES.includes(s as never)))
    assertValid([{ field: 'filter.status', message: `must be some of ${OPEN_STATUSES.join(', ')}` }]);
  if (filter.companyId != null && !isUuid(filter.companyId))
    return toConnection<TicketRecord>([], 1, () => []);
  const limit = pageSize(args.first);
  const after = decodeCursor(args.after, ['bigint', 'bigint', 'uuid']);
  const rows: (TicketRecord & { due: string; rank: string })[] = await db.query(
    `SELECT * FROM (
       SELECT ${TICKET_COLUMNS},
         coalesce((extract(epoch FROM t.response_due_at) * 1000)::bigint, ${NEVER})::text AS due,
         (CASE t.priority WHEN 'HIGH' THEN 0 WHEN 'NORMAL' THEN 1 ELSE 2 END)::text AS rank
       FROM tickets t
       WHERE t.status = ANY($1) AND ($2::text IS NULL OR t.priority = $2)
         AND ($3::boolean IS NOT TRUE OR (t.status IN ('ACKNOWLEDGED', 'IN_PROGRESS') AND t.response_due_at < $4))
         AND ($5::boolean IS NOT TRUE OR t.assignee_id = $6) AND ($7::uuid IS NULL OR t.company_id = $7)
     ) q
     WHERE $8::bigint IS NULL OR (q.due::bigint, q.rank::int, q.id) > ($8::bigint, $9::int, $10::uuid)
     ORDER BY q.due::bigint, q.rank::int, q.id LIMIT $11`,
    [
      status,
      filter.priority ?? null,
      filter.overdue ?? null,
      now,
      filter.assignedToMe ?? null,
      viewer.userId,
      filter.companyId ?? null,
      after?.[0] ?? null,
      after?.[1] ?? null,
      after?.[2] ?? null,
      limit + 1,
    ],
  );
  return toConnection(rows, limit, (t) => [t.due, t.rank, t.id]);
}
