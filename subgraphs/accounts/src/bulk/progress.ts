import {
  BULK_ITEMS_SETTLED,
  BULK_OPERATION_KINDS,
  BULK_OPERATION_PROGRESSED,
  type BulkItemsSettledPayload,
  type BulkOperationProgressedPayload,
  parseEvent,
} from '@kabinet/contracts';
import { companyStream, type Logger, publish, startConsumer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';

/** Tells live subscribers where a job stands, in its company's stream. */
export async function publishProgress(tx: EntityManager, operationId: string): Promise<void> {
  const [job]: BulkOperationProgressedPayload[] = await tx.query(
    `SELECT id AS "operationId", company_id AS "companyId", status, total, done, failed, cancelled
     FROM bulk_operations WHERE id = $1`,
    [operationId],
  );
  await publish(tx, {
    stream: companyStream(job.companyId),
    type: BULK_OPERATION_PROGRESSED,
    companyId: job.companyId,
    payload: job,
  });
}

/**
 * Records the outcomes an owner reports (each item once: a repeat finds it settled), moves the job's counts
 * and status — RUNNING from the first outcome; when the last item is settled, CANCELLED if any was dropped,
 * else COMPLETED_WITH_ERRORS if any failed, else COMPLETED — and announces the progress.
 */
export async function settleItems(tx: EntityManager, settled: BulkItemsSettledPayload): Promise<void> {
  const [rows]: [{ status: 'DONE' | 'FAILED' | 'CANCELLED' }[], number] = await tx.query(
    `UPDATE bulk_operation_items i
     SET status = x.outcome, error_code = x.code, error_field = x.field, error_message = x.message, settled_at = now()
     FROM jsonb_to_recordset($2::jsonb) AS x("accountId" uuid, outcome text, code text, field text, message text)
     WHERE i.operation_id = $1 AND i.account_id = x."accountId" AND i.status = 'PENDING'
     RETURNING i.status`,
    [
      settled.operationId,
      JSON.stringify(
        settled.items.map(({ accountId, outcome, error }) => ({ accountId, outcome, ...error })),
      ),
    ],
  );
  if (rows.length === 0) return;
  const count = (status: string) => rows.filter((row) => row.status === status).length;
  await tx.query(
    `UPDATE bulk_operations SET done = done + $2, failed = failed + $3, cancelled = cancelled + $4,
       status = CASE
         WHEN done + failed + cancelled + $2 + $3 + $4 < total THEN 'RUNNING'
         WHEN cancelled + $4 > 0 THEN 'CANCELLED'
         WHEN failed + $3 > 0 THEN 'COMPLETED_WITH_ERRORS'
         ELSE 'COMPLETED' END,
       finished_at = CASE WHEN done + failed + cancelled + $2 + $3 + $4 = total THEN now() END
     WHERE id = $1`,
    [settled.operationId, count('DONE'), count('FAILED'), count('CANCELLED')],
  );
  await publishProgress(tx, settled.operationId);
}

/** Every subgraph that applies some kind of operation. */
const OWNERS = [...new Set(Object.values(BULK_OPERATION_KINDS).map((kind) => kind.owner))];

/** Durable consumers of the owners' reports, one per owner. */
export const bulkResults = ({ db, log }: { db: DataSource; log: Logger }) =>
  OWNERS.map((owner) =>
    startConsumer({
      db,
      source: owner,
      name: `accounts.bulk-results-${owner}`,
      types: [BULK_ITEMS_SETTLED],
      log,
      pollMs: 500,
      handle: (event, tx) => settleItems(tx, parseEvent(BULK_ITEMS_SETTLED, event.payload)),
    }),
  );
