import type { EntityManager } from 'typeorm';

/**
 * The events accounts publishes about its tree (its outbox is the contract). `groups` is always the full
 * path from the top of the tree, so a projection needs no other state to place a node.
 */
export const ACCOUNT_TREE_EVENTS = {
  accountOpened: 'PersonalAccountOpened',
  groupCreated: 'AccountGroupCreated',
  accountsMoved: 'PersonalAccountsMoved',
} as const;

export interface PersonalAccountOpened {
  accountId: string;
  companyId: string;
  number: string;
  currency: string;
  /** The groups the account lies in, top first; empty when ungrouped (absent in events older than groups). */
  groups?: string[];
}

export interface AccountGroupCreated {
  groupId: string;
  companyId: string;
  name: string;
  parentId: string | null;
  /** The enclosing groups, top first, then the group itself. */
  groups: string[];
}

export interface PersonalAccountsMoved {
  companyId: string;
  accountIds: string[];
  /** The group they were moved into; null: out of every group. */
  groupId: string | null;
  /** Their new enclosing groups, top first. */
  groups: string[];
}

/**
 * Published by each copy, in its own subgraph's company stream, when accounts are placed in the tree (opened
 * or moved): live subscriptions of that stream learn of it in order with the events they deliver.
 */
export const ACCOUNTS_PLACED = 'AccountsPlaced';

export interface AccountsPlaced {
  companyId: string;
  accountIds: string[];
  /** Their enclosing groups, top first. */
  groups: string[];
}

/** The accounts a tree event places, if it places any. */
export function accountsPlacedBy(event: { type: string; payload: unknown }): AccountsPlaced | null {
  if (event.type === ACCOUNT_TREE_EVENTS.accountOpened) {
    const p = event.payload as PersonalAccountOpened;
    return { companyId: p.companyId, accountIds: [p.accountId], groups: p.groups ?? [] };
  }
  if (event.type === ACCOUNT_TREE_EVENTS.accountsMoved) {
    const p = event.payload as PersonalAccountsMoved;
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
  } else if (event.type === ACCOUNT_TREE_EVENTS.groupCreated) {
    const p = event.payload as AccountGroupCreated;
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
