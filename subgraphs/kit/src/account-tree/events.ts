import {
  ACCOUNT_GROUP_CREATED,
  type AccountsPlaced,
  PERSONAL_ACCOUNT_OPENED,
  PERSONAL_ACCOUNTS_MOVED,
  parseEvent,
} from '@kabinet/contracts';
import type { EntityManager } from 'typeorm';

/** The events accounts publishes about its tree, which every copy of the tree follows. */
export const TREE_EVENT_TYPES = [PERSONAL_ACCOUNT_OPENED, ACCOUNT_GROUP_CREATED, PERSONAL_ACCOUNTS_MOVED];

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
  }
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
