import { accountScope, alignOne, companyScope, pagesLoader, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { visibleJobSql } from './cancel';

export interface BulkOperationRow {
  id: string;
  companyId: string;
  kind: string;
  status: string;
  total: number;
  done: number;
  failed: number;
  cancelled: number;
  startedBy: string;
  createdAt: Date;
  finishedAt: Date | null;
  cancelRequested: boolean;
}

export interface BulkItemRow {
  operationId: string;
  accountId: string;
  position: number;
  status: string;
  errorCode: string | null;
  errorField: string | null;
  errorMessage: string | null;
  settledAt: Date | null;
}

const JOB_COLUMNS = `j.id, j.company_id AS "companyId", j.kind, j.status, j.total, j.done, j.failed, j.cancelled,
  j.started_by AS "startedBy", j.created_at AS "createdAt", j.finished_at AS "finishedAt",
  j.cancel_requested_at IS NOT NULL AS "cancelRequested"`;

/** A page of a company's jobs, newest first. */
export interface JobPageKey {
  companyId: string;
  limit: number;
  after: [string, string] | null;
}

/** A page of a job's items, in the order given. */
export interface ItemPageKey {
  operationId: string;
  status: string | null;
  limit: number;
  after: number | null;
}

/** Per-request loaders of group operations, each scoped to the jobs the caller may see. */
export function bulkLoaders(db: DataSource, viewer: Viewer | null) {
  const visibility = () => [companyScope(viewer), viewer?.userId, accountScope(viewer) !== null];
  return {
    bulkOperation: new DataLoader<string, BulkOperationRow | null>(async (ids) =>
      alignOne<string, BulkOperationRow>(
        ids,
        await db.query(
          `SELECT ${JOB_COLUMNS} FROM bulk_operations j
           WHERE j.id = ANY($1::uuid[]) AND ${visibleJobSql('j', '$2', '$3', '$4')}`,
          [ids, ...visibility()],
        ),
        (row: BulkOperationRow) => row.id,
      ),
    ),

    /** Pages of several companies' jobs: one statement per kind of page (a window per company). */
    bulkOperationPage: pagesLoader<JobPageKey, BulkOperationRow>({
      ownerOf: (k) => k.companyId,
      windowOf: (k) => [k.limit, k.after],
      ownerOfRow: (row) => row.companyId,
      fetch: (companyIds, { limit, after }) =>
        db.query(
          `SELECT * FROM (
             SELECT ${JOB_COLUMNS}, row_number() OVER (PARTITION BY j.company_id ORDER BY j.created_at DESC, j.id) AS rank
             FROM bulk_operations j
             WHERE j.company_id = ANY($1::uuid[]) AND ${visibleJobSql('j', '$2', '$3', '$4')}
               AND ($5::timestamptz IS NULL OR (j.created_at, j.id) < ($5::timestamptz, $6::uuid))
           ) ranked WHERE rank <= $7 ORDER BY "companyId", rank`,
          [companyIds, ...visibility(), after?.[0] ?? null, after?.[1] ?? null, limit],
        ),
    }),

    /** Pages of several jobs' items (jobs already shown to the caller): one statement per kind of page. */
    bulkItemPage: pagesLoader<ItemPageKey, BulkItemRow>({
      ownerOf: (k) => k.operationId,
      windowOf: (k) => [k.status, k.limit, k.after],
      ownerOfRow: (row) => row.operationId,
      fetch: (ids, { status, limit, after }) =>
        db.query(
          `SELECT * FROM (
             SELECT i.operation_id AS "operationId", i.account_id AS "accountId", i.position, i.status,
               i.error_code AS "errorCode", i.error_field AS "errorField", i.error_message AS "errorMessage",
               i.settled_at AS "settledAt", row_number() OVER (PARTITION BY i.operation_id ORDER BY i.position) AS rank
             FROM bulk_operation_items i
             WHERE i.operation_id = ANY($1::uuid[]) AND ($2::text IS NULL OR i.status = $2)
               AND ($3::int IS NULL OR i.position > $3)
           ) ranked WHERE rank <= $4 ORDER BY "operationId", rank`,
          [ids, status, after, limit],
        ),
    }),
  };
}
