import { BULK_OPERATION_CANCELLED, BULK_OPERATION_KINDS, type BulkOperationKind } from '@kabinet/contracts';
import {
  accountScope,
  companyScope,
  forbidden,
  isStaff,
  isUuid,
  notFound,
  preconditionFailed,
  publish,
  requireRole,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/** A job as its company's users see it: every job for the unlimited, their own for users limited to some accounts. */
export const visibleJobSql = (alias: string, scope: string, user: string, limited: string) =>
  `(${scope}::uuid IS NULL OR ${alias}.company_id = ${scope}) AND (NOT ${limited} OR ${alias}.started_by = ${user})`;

export const jobVisibility = (viewer: Viewer) => [
  companyScope(viewer),
  viewer.userId,
  accountScope(viewer) !== null,
];

/**
 * Asks the owner of a job to drop the items it has not applied (the one under way finishes). The job says
 * CANCELLED once the owner has answered. Its starter, the company's administrators and staff may cancel;
 * PRECONDITION_FAILED on a finished job; asking twice changes nothing.
 */
export async function cancelBulkOperation(tx: EntityManager, caller: Viewer | null, id: string) {
  const viewer = requireRole(
    caller,
    Object.values(BULK_OPERATION_KINDS).flatMap((kind) => kind.roles),
  );
  if (!isUuid(id)) throw notFound('Bulk operation');
  const [job]: {
    companyId: string;
    kind: BulkOperationKind;
    status: string;
    startedBy: string;
    asked: Date | null;
  }[] = await tx.query(
    `SELECT j.company_id AS "companyId", j.kind, j.status, j.started_by AS "startedBy",
         j.cancel_requested_at AS asked
       FROM bulk_operations j WHERE j.id = $1 AND ${visibleJobSql('j', '$2', '$3', '$4')} FOR UPDATE`,
    [id, ...jobVisibility(viewer)],
  );
  if (!job) throw notFound('Bulk operation');
  if (job.startedBy !== viewer.userId && viewer.role !== 'ADMIN' && !isStaff(viewer))
    throw forbidden('Only its starter, an administrator of the company or staff may cancel an operation');
  if (!['QUEUED', 'RUNNING'].includes(job.status))
    throw preconditionFailed(`The operation is ${job.status} already`, [
      { field: 'id', message: `is ${job.status}` },
    ]);
  if (job.asked) return job.companyId;
  await tx.query('UPDATE bulk_operations SET cancel_requested_at = now() WHERE id = $1', [id]);
  await publish(tx, {
    stream: `bulk:${id}`,
    type: BULK_OPERATION_CANCELLED,
    companyId: job.companyId,
    payload: { operationId: id, companyId: job.companyId },
  });
  return job.companyId;
}
