import { randomUUID } from 'node:crypto';
import {
  BULK_OPERATION_KINDS,
  BULK_OPERATION_STARTED,
  type BulkOperationKind,
  type BulkOperationParams,
  MAX_BULK_ACCOUNTS,
} from '@kabinet/contracts';
import {
  accountAccessSql,
  accountScope,
  assertValid,
  companyActedOn,
  type FieldProblem,
  idempotencyKeyProblems,
  idempotent,
  isUuid,
  notFound,
  publish,
  requireRole,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { StartBulkOperationInput } from '../generated/schema';
import { groupPath } from '../tree/group-path';
import { paramsProblems } from './params';
import { publishProgress } from './progress';

export type StartBulkOperation = Omit<StartBulkOperationInput, 'params'> & { kind: BulkOperationKind };

function inputProblems(input: StartBulkOperation, params: BulkOperationParams): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.accountIds === !input.groupId)
    problems.push({ field: 'accountIds', message: 'name either accountIds or groupId' });
  const ids = input.accountIds;
  if (ids && (ids.length < 1 || ids.length > MAX_BULK_ACCOUNTS))
    problems.push({ field: 'accountIds', message: `name 1 to ${MAX_BULK_ACCOUNTS} accounts` });
  else if (ids && new Set(ids).size !== ids.length)
    problems.push({ field: 'accountIds', message: 'names an account twice' });
  problems.push(...idempotencyKeyProblems(input.idempotencyKey));
  problems.push(...paramsProblems(input.kind, params));
  return problems;
}

/**
 * The accounts an operation covers, all of `companyId` and visible to the caller: the ones named (NOT_FOUND when
 * any is not, without saying which), or every account below a group the caller may see.
 */
async function accountsCovered(
  tx: EntityManager,
  viewer: Viewer,
  companyId: string,
  input: StartBulkOperation,
): Promise<string[]> {
  const access = accountScope(viewer);
  const accessParams = [access?.accountIds ?? null, access?.groupIds ?? []];
  if (input.accountIds) {
    const ids = input.accountIds;
    if (!ids.every(isUuid)) throw notFound('Personal account');
    const [{ count }]: { count: number }[] = await tx.query(
      `SELECT count(*)::int AS count FROM personal_accounts a WHERE a.id = ANY($1::uuid[]) AND a.company_id = $2
         AND ($3::uuid[] IS NULL OR ${accountAccessSql('a.id', '$3::uuid[]', '$4::uuid[]')})`,
      [ids, companyId, ...accessParams],
    );
    if (count !== ids.length) throw notFound('Personal account');
    return ids;
  }
  const groupId = input.groupId as string;
  const path = await groupPath(tx, companyId, groupId);
  // A limited user reaches a group through a group on their list at or above it.
  if (access && !path.some((id) => access.groupIds.includes(id))) throw notFound('Account group');
  const rows: { id: string }[] = await tx.query(
    `SELECT a.id FROM personal_accounts a JOIN account_tree t ON t.id = a.id
     WHERE a.company_id = $1 AND t.groups @> ARRAY[$2::uuid] ORDER BY a.number LIMIT $3`,
    [companyId, groupId, MAX_BULK_ACCOUNTS + 1],
  );
  if (rows.length === 0) assertValid([{ field: 'groupId', message: 'holds no accounts' }]);
  if (rows.length > MAX_BULK_ACCOUNTS)
    assertValid([{ field: 'groupId', message: `holds more than ${MAX_BULK_ACCOUNTS} accounts` }]);
  return rows.map((row) => row.id);
}

/**
 * Starts a group operation: checks everything it can before any account is touched (the caller's role for the
 * kind, the params, every account), records the job with an item per account, and hands it to the subgraph
 * that owns the kind by a BulkOperationStarted event. Once per idempotency key: a repeat answers the same job.
 * Returns the job's id.
 */
export async function startBulkOperation(
  tx: EntityManager,
  caller: Viewer | null,
  { params: given, ...input }: StartBulkOperationInput,
): Promise<{ operationId: string; companyId: string }> {
  const viewer = requireRole(caller, BULK_OPERATION_KINDS[input.kind].roles);
  const companyId = companyActedOn(viewer, input.companyId);
  // Absent and null alike mean not given.
  const params = Object.fromEntries(
    Object.entries(given ?? {}).filter(([, value]) => value != null),
  ) as BulkOperationParams;
  assertValid(inputProblems(input, params));
  return idempotent(
    tx,
    `bulk-operation:${companyId}`,
    input.idempotencyKey,
    { ...input, params },
    async () => {
      const [company] = await tx.query('SELECT 1 FROM companies WHERE id = $1', [companyId]);
      if (!company) throw notFound('Company');
      const accountIds = await accountsCovered(tx, viewer, companyId, input);
      if (params.groupId) {
        await groupPath(tx, companyId, params.groupId).catch(() =>
          assertValid([{ field: 'params.groupId', message: 'no such group' }]),
        );
      }
      const operationId = randomUUID();
      await tx.query(
        `INSERT INTO bulk_operations (id, company_id, kind, params, total, started_by) VALUES ($1, $2, $3, $4, $5, $6)`,
        [operationId, companyId, input.kind, params, accountIds.length, viewer.userId],
      );
      await tx.query(
        `INSERT INTO bulk_operation_items (operation_id, account_id, position)
       SELECT $1, account_id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS t(account_id, position)`,
        [operationId, accountIds],
      );
      await publish(tx, {
        stream: `bulk:${operationId}`,
        type: BULK_OPERATION_STARTED,
        companyId,
        payload: { operationId, companyId, kind: input.kind, params, viewer, accountIds },
      });
      await publishProgress(tx, operationId);
      return { operationId, companyId };
    },
  );
}
