import {
  ACCOUNT_GROUP_CREATED,
  ACCOUNT_GROUP_DELETED,
  ACCOUNT_GROUP_MOVED,
  type AccountsPlaced,
  PERSONAL_ACCOUNT_OPENED,
  PERSONAL_ACCOUNTS_MOVED,
  parseEvent,
} from '@kabinet/contracts';
import type { EntityManager } from 'typeorm';

/** The events accounts publishes about its tree, which every copy of the tree follows. */
export const TREE_EVENT_TYPES = [
  PERSONAL_ACCOUNT_OPENED,
  ACCOUNT_GROUP_CREATED,
  PERSONAL_ACCOUNTS_MOVED,
  ACCOUNT_GROUP_MOVED,
  ACCOUNT_GROUP_DELETED,
];

/** The accounts a tree event places, if it places any. */
export function accountsPlacedBy(event: { type: string; payload: unknown }): AccountsPlaced | null {
  if (event.type === PERSONAL_ACCOUNT_OPENED) {
    const p = parseEvent(PERSONAL_ACCOUNT_OPENED, event.payload);
    return { companyId: p.companyId, accountIds: [p.accountId], groups: p.groups ?? [] };
  }
  if (event.type === PERSONAL_ACCOUNTS_MOVED) {
    const p = parseEvent(PERSONAL_ACCOUNTS_MOVED, event.payload);
    return { companyId: p.companyId, accountIds: p.accountIds, groups: p.groups };
  }
  return null;
}

/** Applies one tree event to this subgraph's copy of the tree; applying it twice changes nothing. */
export async function applyTreeEvent(
  tx: EntityManager,
  event: { type: string; payload: unknown },
): Promise<void> {
  const placed = accountsPlacedBy(event);
  if (placed) {
    const { companyId, accountIds, groups } = placed;
    await placeNodes(tx, { companyId, kind: 'ACCOUNT', ids: accountIds, groups });
  } else if (event.type === ACCOUNT_GROUP_CREATED) {
    const p = parseEvent(ACCOUNT_GROUP_CREATED, event.payload);
    await placeNodes(tx, { companyId: p.companyId, kind: 'GROUP', ids: [p.groupId], groups: p.groups });
  } else if (event.type === ACCOUNT_GROUP_MOVED) {
    // Everything at or below the group takes its new path in place of the old one.
    const p = parseEvent(ACCOUNT_GROUP_MOVED, event.payload);
    await tx.query(
      `UPDATE account_tree SET groups = $3::uuid[] || groups[array_position(groups, $2::uuid) + 1:]
       WHERE company_id = $1 AND $2::uuid = ANY(groups)`,
      [p.companyId, p.groupId, p.groups],
    );
  } else if (event.type === ACCOUNT_GROUP_DELETED) {
    // What it held moves up to its parent: the group leaves every path it was in.
    const p = parseEvent(ACCOUNT_GROUP_DELETED, event.payload);
    await tx.query('DELETE FROM account_tree WHERE id = $1 AND company_id = $2', [p.groupId, p.companyId]);
    await tx.query(
      'UPDATE account_tree SET groups = array_remove(groups, $2::uuid) WHERE company_id = $1 AND $2::uuid = ANY(groups)',
      [p.companyId, p.groupId],
    );
  }
}

/**
 * The accounts an applied tree event placed, grouped by their new path: from the event for accounts opened or
 * moved; from the copy (already changed) for a group moved or deleted, whose accounts below moved with it.
 */
export async function placementsOf(
  tx: EntityManager,
  event: { type: string; payload: unknown },
): Promise<AccountsPlaced[]> {
  const placed = accountsPlacedBy(event);
  if (placed) return [placed];
  if (event.type !== ACCOUNT_GROUP_MOVED && event.type !== ACCOUNT_GROUP_DELETED) return [];
  const p =
    event.type === ACCOUNT_GROUP_MOVED
      ? parseEvent(ACCOUNT_GROUP_MOVED, event.payload)
      : parseEvent(ACCOUNT_GROUP_DELETED, event.payload);
  // Below a moved group its id is still in every path; below a deleted one, its parent is (or they are at the top).
  const anchor = event.type === ACCOUNT_GROUP_MOVED ? p.groupId : p.parentId;
  const rows: { groups: string[]; ids: string[] }[] = await tx.query(
    `SELECT groups, array_agg(id ORDER BY id) AS ids FROM account_tree
     WHERE company_id = $1 AND kind = 'ACCOUNT' AND ($2::uuid IS NULL OR $2::uuid = ANY(groups))
     GROUP BY groups`,
    [p.companyId, anchor],
  );
  return rows.map((row) => ({ companyId: p.companyId, accountIds: row.ids, groups: row.groups }));
}

/**
 * Inserts the nodes, or moves those already there under `groups` (with `keepExisting`, leaves them where
 * they are: a repeated demo seed must not undo moves made since). One statement.
 */
export async function placeNodes(
  tx: EntityManager,
  node: { companyId: string; kind: 'ACCOUNT' | 'GROUP'; ids: string[]; groups: string[] },
  keepExisting = false,
): Promise<void> {
  await tx.query(
    `INSERT INTO account_tree (id, company_id, kind, groups) SELECT id, $1, $2, $4 FROM unnest($3::uuid[]) AS id
     ON CONFLICT (id) DO ${keepExisting ? 'NOTHING' : 'UPDATE SET groups = EXCLUDED.groups'}`,
    [node.companyId, node.kind, node.ids, node.groups],
  );
}
