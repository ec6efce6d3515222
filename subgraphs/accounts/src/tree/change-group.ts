import { ACCOUNT_GROUP_DELETED, ACCOUNT_GROUP_MOVED } from '@kabinet/contracts';
import {
  assertValid,
  isUniqueViolation,
  isUuid,
  notFound,
  preconditionFailed,
  textProblems,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { groupPath, MAX_GROUP_DEPTH } from './group-path';
import { publishTreeChanges } from './publish-tree-change';

/** A company's group, locked; NOT_FOUND when it is not one of `scope`'s company (null: any). */
async function lockGroup(tx: EntityManager, groupId: string, scope: string | null) {
  if (!isUuid(groupId)) throw notFound('Account group');
  const [group]: { id: string; companyId: string; parentId: string | null; name: string }[] = await tx.query(
    `SELECT id, company_id AS "companyId", parent_id AS "parentId", name FROM account_groups
     WHERE id = $1 FOR UPDATE`,
    [groupId],
  );
  if (!group || (scope !== null && group.companyId !== scope)) throw notFound('Account group');
  return group;
}

/** A sibling with the same name is the caller's input, never a server error. */
async function siblingNamesUnique<T>(write: () => Promise<T>, field: string, message: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isUniqueViolation(error)) assertValid([{ field, message }]);
    throw error;
  }
}

/** Renames a group; names are unique among siblings (ignoring case). Returns the company. */
export async function renameGroup(
  tx: EntityManager,
  scope: string | null,
  input: { groupId: string; name: string },
) {
  const name = input.name.trim();
  assertValid(textProblems('name', name, { min: 1, max: 100, name: true }));
  const group = await lockGroup(tx, input.groupId, scope);
  await siblingNamesUnique(
    () => tx.query('UPDATE account_groups SET name = $2 WHERE id = $1', [group.id, name]),
    'name',
    'a group of this name is already there',
  );
  return group.companyId;
}

/** Puts the group at `position` (0 first) among its siblings, renumbering them. */
async function placeAmongSiblings(
  tx: EntityManager,
  group: { id: string; companyId: string },
  parentId: string | null,
  position: number | null,
) {
  const siblings: { id: string }[] = await tx.query(
    `SELECT id FROM account_groups WHERE company_id = $1 AND parent_id IS NOT DISTINCT FROM $2 AND id <> $3
     ORDER BY position, lower(name)`,
    [group.companyId, parentId, group.id],
  );
  const order = siblings.map((s) => s.id);
  order.splice(position === null ? order.length : Math.min(position, order.length), 0, group.id);
  await tx.query(
    'UPDATE account_groups g SET position = o.n - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n) WHERE g.id = o.id',
    [order],
  );
}

/**
 * Moves a group, with everything below it, under another group of its company (null: the top), at `position` among
 * its new siblings (absent: last). No cycles: a group cannot go inside itself or below; the tree stays at most
 * 10 deep. Copies of the tree follow from AccountGroupMoved.
 */
export async function moveGroup(
  tx: EntityManager,
  scope: string | null,
  input: { groupId: string; parentId?: string | null; position?: number | null },
) {
  if (input.position != null && (!Number.isInteger(input.position) || input.position < 0))
    assertValid([{ field: 'position', message: 'must be 0 or more' }]);
  const group = await lockGroup(tx, input.groupId, scope);
  const parentId = input.parentId ?? null;
  const parentPath = parentId ? await groupPath(tx, group.companyId, parentId) : [];
  if (parentPath.includes(group.id))
    assertValid([{ field: 'parentId', message: 'is the group itself or inside it: the tree cannot loop' }]);
  const oldPath = await groupPath(tx, group.companyId, group.id);
  const [{ height }] = await tx.query(
    `SELECT coalesce(max(array_length(groups, 1)), 0) AS height FROM account_tree
     WHERE company_id = $1 AND kind = 'GROUP' AND $2::uuid = ANY(groups)`,
    [group.companyId, group.id],
  );
  if (parentPath.length + 1 + (height - oldPath.length) > MAX_GROUP_DEPTH)
    assertValid([{ field: 'parentId', message: `groups nest at most ${MAX_GROUP_DEPTH} deep` }]);
  await siblingNamesUnique(
    () => tx.query('UPDATE account_groups SET parent_id = $2 WHERE id = $1', [group.id, parentId]),
    'parentId',
    `a group named «${group.name}» is already there`,
  );
  await placeAmongSiblings(tx, group, parentId, input.position ?? null);
  if (parentId !== group.parentId) {
    await publishTreeChanges(tx, [
      {
        type: ACCOUNT_GROUP_MOVED,
        payload: {
          groupId: group.id,
          companyId: group.companyId,
          parentId,
          groups: [...parentPath, group.id],
        },
      },
    ]);
  }
  return group.companyId;
}

/**
 * Deletes a group: an empty one; or, with `moveContentsToParent`, one whose accounts and groups then move up to
 * its parent (PRECONDITION_FAILED otherwise, saying what it holds). Copies follow from AccountGroupDeleted.
 */
export async function deleteGroup(
  tx: EntityManager,
  scope: string | null,
  input: { groupId: string; moveContentsToParent?: boolean | null },
) {
  const group = await lockGroup(tx, input.groupId, scope);
  const [{ accounts, groups }] = await tx.query(
    `SELECT (SELECT count(*) FROM personal_accounts WHERE group_id = $1)::int AS accounts,
            (SELECT count(*) FROM account_groups WHERE parent_id = $1)::int AS groups`,
    [group.id],
  );
  if ((accounts > 0 || groups > 0) && !input.moveContentsToParent) {
    throw preconditionFailed(
      `The group holds ${accounts} accounts and ${groups} groups: delete it with moveContentsToParent, or empty it first`,
      [{ field: 'groupId', message: 'is not empty' }],
    );
  }
  await tx.query('UPDATE personal_accounts SET group_id = $2 WHERE group_id = $1', [
    group.id,
    group.parentId,
  ]);
  await siblingNamesUnique(
    () =>
      tx.query('UPDATE account_groups SET parent_id = $2 WHERE parent_id = $1', [group.id, group.parentId]),
    'moveContentsToParent',
    'a group inside has the name of one beside it: rename it first',
  );
  await tx.query('DELETE FROM account_groups WHERE id = $1', [group.id]);
  await publishTreeChanges(tx, [
    {
      type: ACCOUNT_GROUP_DELETED,
      payload: { groupId: group.id, companyId: group.companyId, parentId: group.parentId },
    },
  ]);
  return group.companyId;
}
