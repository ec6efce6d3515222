import {
  assertValid,
  type Connection,
  decodeCursor,
  forbidden,
  isStaff,
  isUuid,
  pageSize,
  toConnection,
  type Viewer,
} from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import type { AuditFilter } from '../generated/schema';

export interface AuditRow {
  id: string;
  at: Date;
  actorId: string | null;
  actorRole: string | null;
  companyId: string | null;
  action: string;
  target: string;
  outcome: string;
  ip: string | null;
  userAgent: string | null;
}

/** Rows one export holds at most (newest first); narrower filters export older periods. */
export const MAX_EXPORT_ROWS = 10_000;

/** The company whose archive the viewer may read: an ADMIN their own, staff any (or all). */
function scopeOf(viewer: Viewer, filter: AuditFilter): string | null {
  if (isStaff(viewer)) return filter.companyId ?? null;
  if (viewer.role !== 'ADMIN') throw forbidden("Only the company's administrators read the action archive");
  return viewer.companyId;
}

function validate(filter: AuditFilter) {
  assertValid([
    ...(filter.from && filter.to && filter.from > filter.to
      ? [{ field: 'to', message: 'must not be before from' }]
      : []),
    ...(filter.actorId && !isUuid(filter.actorId) ? [{ field: 'actorId', message: 'is not a user id' }] : []),
    ...(filter.companyId && !isUuid(filter.companyId)
      ? [{ field: 'companyId', message: 'is not a company id' }]
      : []),
  ]);
}

/** Newest first; keyset-paged on (at, id). */
async function query(
  db: DataSource,
  viewer: Viewer,
  filter: AuditFilter,
  limit: number,
  after: string[] | null,
) {
  validate(filter);
  const company = scopeOf(viewer, filter);
  return (await db.query(
    `SELECT id::text, at, actor_id AS "actorId", actor_role AS "actorRole", company_id AS "companyId", action,
            target, outcome, ip, user_agent AS "userAgent"
     FROM audit_events
     WHERE ($1::uuid IS NULL OR company_id = $1)
       AND ($2::timestamptz IS NULL OR at >= $2) AND ($3::timestamptz IS NULL OR at < $3)
       AND ($4::uuid IS NULL OR actor_id = $4) AND ($5::text IS NULL OR action = $5)
       AND ($6::timestamptz IS NULL OR (at, id) < ($6, $7::bigint))
     ORDER BY at DESC, id DESC LIMIT $8`,
    [
      company,
      filter.from ?? null,
      filter.to ?? null,
      filter.actorId ?? null,
      filter.action ?? null,
      after?.[0] ?? null,
      after?.[1] ?? null,
      limit,
    ],
  )) as AuditRow[];
}

export async function auditPage(
  db: DataSource,
  viewer: Viewer,
  filter: AuditFilter,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<AuditRow>> {
  const limit = pageSize(first, 50);
  const rows = await query(db, viewer, filter, limit + 1, decodeCursor(after, ['timestamp', 'bigint']));
  return toConnection(rows, limit, (row) => [new Date(row.at).toISOString(), row.id]);
}

export const auditRowsForExport = (db: DataSource, viewer: Viewer, filter: AuditFilter) =>
  query(db, viewer, filter, MAX_EXPORT_ROWS, null);
