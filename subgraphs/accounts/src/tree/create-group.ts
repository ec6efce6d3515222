import { randomUUID } from 'node:crypto';
import { ACCOUNT_GROUP_CREATED } from '@kabinet/contracts';
import { assertValid, notFound, textProblems } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { AccountGroup } from '../data/entities';
import type { CreateAccountGroupInput } from '../generated/schema';
import { groupPath, MAX_GROUP_DEPTH } from './group-path';
import { publishTreeChanges } from './publish-tree-change';

/** Adds a group to a company's tree, under `parentId` or at the top; names are unique among siblings. */
export async function createAccountGroup(
  tx: EntityManager,
  companyId: string,
  input: CreateAccountGroupInput,
): Promise<AccountGroup> {
  const name = input.name.trim();
  assertValid(textProblems('name', name, { min: 1, max: 100, name: true }));
  const [company] = await tx.query('SELECT id FROM companies WHERE id = $1 FOR SHARE', [companyId]);
  if (!company) throw notFound('Company');
  const parentPath = input.parentId ? await groupPath(tx, companyId, input.parentId) : [];
  if (parentPath.length >= MAX_GROUP_DEPTH) {
    assertValid([{ field: 'parentId', message: `groups nest at most ${MAX_GROUP_DEPTH} deep` }]);
  }
  const group = Object.assign(new AccountGroup(), {
    id: randomUUID(),
    companyId,
    parentId: input.parentId ?? null,
    name,
  });
  // Siblings' names are unique (index on lower(name)); a clash is the caller's input, not a server error.
  const inserted = await tx.query(
    `INSERT INTO account_groups (id, company_id, parent_id, name, position)
     VALUES ($1, $2, $3, $4, (SELECT count(*) FROM account_groups WHERE company_id = $2 AND parent_id IS NOT DISTINCT FROM $3))
     ON CONFLICT DO NOTHING RETURNING id`,
    [group.id, companyId, group.parentId, name],
  );
  if (inserted.length === 0) {
    assertValid([{ field: 'name', message: 'a group of this name is already there' }]);
  }
  await publishTreeChanges(tx, [
    {
      type: ACCOUNT_GROUP_CREATED,
      payload: {
        groupId: group.id,
        companyId,
        name,
        parentId: group.parentId,
        groups: [...parentPath, group.id],
      },
    },
  ]);
  return group;
}
