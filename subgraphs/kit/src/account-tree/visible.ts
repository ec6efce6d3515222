import type { AccountsPlaced } from '@kabinet/contracts';
import type { EntityManager } from 'typeorm';
import { type AccessList, accountAccessSql } from '../access';
import { notFound } from '../core/errors';
import { isUuid } from '../core/uuid';
import type { Viewer } from '../core/viewer';
import { companyScopeSql } from '../scoped';

/** The accounts of a company an access list reaches: those it names and those below the groups it names. */
export async function accountsReached(
  db: Pick<EntityManager, 'query'>,
  companyId: string,
  access: AccessList,
): Promise<Set<string>> {
  if (access.groupIds.length === 0) return new Set(access.accountIds);
  const rows: { id: string }[] = await db.query(
    `SELECT id FROM account_tree
     WHERE company_id = $1 AND kind = 'ACCOUNT' AND ${accountAccessSql('id', '$2::uuid[]', '$3::uuid[]')}`,
    [companyId, access.accountIds, access.groupIds],
  );
  return new Set(rows.map((row) => row.id));
}

/** The accounts an access list reaches, kept current by the `AccountsPlaced` events of a live stream. */
export interface LiveReach {
  has(accountId: string): boolean;
  place(placed: AccountsPlaced): void;
}

/** Reads what `access` reaches now; `place` then follows each account as it is moved in or out of its groups. */
export async function liveReach(
  db: Pick<EntityManager, 'query'>,
  companyId: string,
  access: AccessList,
): Promise<LiveReach> {
  const reached = await accountsReached(db, companyId, access);
  const named = new Set(access.accountIds);
  return {
    has: (accountId) => reached.has(accountId),
    place({ accountIds, groups }) {
      const inside = groups.some((group) => access.groupIds.includes(group));
      for (const id of accountIds) {
        if (inside || named.has(id)) reached.add(id);
        else reached.delete(id);
      }
    },
  };
}

/**
 * A personal account the caller may see, from the subgraph's copy of the tree: of their company (any, for
 * staff) and on their access list. NOT_FOUND otherwise, as for one that does not exist.
 */
export async function visibleTreeAccount(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  accountId: string,
): Promise<{ id: string; companyId: string }> {
  if (!isUuid(accountId)) throw notFound('Personal account');
  const scope = companyScopeSql(viewer, { company: 'company_id', account: 'id' }, 2);
  const [account] = await db.query(
    `SELECT id, company_id AS "companyId" FROM account_tree WHERE id = $1 AND kind = 'ACCOUNT' AND ${scope.sql}`,
    [accountId, ...scope.params],
  );
  if (!account) throw notFound('Personal account');
  return account;
}
