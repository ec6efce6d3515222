import { isUuid, notFound } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/** Deepest tree a company can build: head office → region → city → … is rarely more than five. */
export const MAX_GROUP_DEPTH = 10;

/** The path (top first, the group last) of a company's group, from accounts' copy of the tree; NOT_FOUND otherwise. */
export async function groupPath(tx: EntityManager, companyId: string, groupId: string): Promise<string[]> {
  if (!isUuid(groupId)) throw notFound('Account group');
  const [row]: { groups: string[] }[] = await tx.query(
    "SELECT groups FROM account_tree WHERE id = $1 AND company_id = $2 AND kind = 'GROUP'",
    [groupId, companyId],
  );
  if (!row) throw notFound('Account group');
  return row.groups;
}
