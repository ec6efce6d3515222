import type { EntityManager } from 'typeorm';
import type { AccessList } from '../access';

/** The accounts of a company an access list reaches: those it names and those below the groups it names. */
export async function accountsReached(
  db: Pick<EntityManager, 'query'>,
  companyId: string,
  access: AccessList,
): Promise<Set<string>> {
  if (access.groupIds.length === 0) return new Set(access.accountIds);
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM account_tree
     WHERE company_id = $1 AND kind = 'ACCOUNT' AND (id = ANY($2) OR groups && $3::uuid[])`,
    [companyId, access.accountIds, access.groupIds],
  );
  return new Set(rows.map((row) => row.id));
}
