import { PERSONAL_ACCOUNTS_MOVED } from '@kabinet/contracts';
import { assertValid, isUuid, notFound } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { MoveAccountsToGroupInput } from '../generated/schema';
import { groupPath } from './group-path';
import { publishTreeChanges } from './publish-tree-change';

/** Accounts one call may move: a branch's worth; larger reorganisations take several calls. */
export const MAX_ACCOUNTS_MOVED = 500;

/**
 * Moves personal accounts of one company into a group of it (null: out of every group). `scope` is the
 * caller's company (null for staff, who may move any company's accounts). Returns the company.
 */
export async function moveAccountsToGroup(
  tx: EntityManager,
  scope: string | null,
  input: MoveAccountsToGroupInput,
): Promise<string> {
  const ids = input.accountIds;
  if (ids.length < 1 || ids.length > MAX_ACCOUNTS_MOVED || new Set(ids).size !== ids.length) {
    assertValid([{ field: 'accountIds', message: `name 1 to ${MAX_ACCOUNTS_MOVED} distinct accounts` }]);
  }
  if (!ids.every(isUuid)) throw notFound('Personal account');
  const accounts: { company_id: string }[] = await tx.query(
    'SELECT company_id FROM personal_accounts WHERE id = ANY($1) ORDER BY id FOR UPDATE',
    [ids],
  );
  const companies = new Set(accounts.map((a) => a.company_id));
  const [companyId] = companies;
  if (accounts.length !== ids.length || companies.size !== 1 || (scope !== null && companyId !== scope)) {
    throw notFound('Personal account');
  }
  const groups = input.groupId ? await groupPath(tx, companyId, input.groupId) : [];
  await tx.query('UPDATE personal_accounts SET group_id = $2 WHERE id = ANY($1)', [
    ids,
    input.groupId ?? null,
  ]);
  await publishTreeChanges(tx, [
    {
      type: PERSONAL_ACCOUNTS_MOVED,
      payload: { companyId, accountIds: ids, groupId: input.groupId ?? null, groups },
    },
  ]);
  return companyId;
}
