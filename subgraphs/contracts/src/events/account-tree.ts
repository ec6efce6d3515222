import { z } from 'zod';
import { uuid } from './fields';

/*
 * Accounts, about its tree. `groups` is always the full path from the top of the tree, so a copy of the tree
 * needs no other state to place a node.
 */

export const PERSONAL_ACCOUNT_OPENED = 'PersonalAccountOpened';
export const personalAccountOpened = z.looseObject({
  accountId: uuid,
  companyId: uuid,
  number: z.string(),
  currency: z.string(),
  /** The groups the account lies in, top first; empty when ungrouped (absent in events older than groups). */
  groups: z.array(uuid).optional(),
});
export type PersonalAccountOpened = z.infer<typeof personalAccountOpened>;

export const ACCOUNT_GROUP_CREATED = 'AccountGroupCreated';
export const accountGroupCreated = z.looseObject({
  groupId: uuid,
  companyId: uuid,
  name: z.string(),
  parentId: uuid.nullable(),
  /** The enclosing groups, top first, then the group itself. */
  groups: z.array(uuid),
});
export type AccountGroupCreated = z.infer<typeof accountGroupCreated>;

export const PERSONAL_ACCOUNTS_MOVED = 'PersonalAccountsMoved';
export const personalAccountsMoved = z.looseObject({
  companyId: uuid,
  accountIds: z.array(uuid),
  /** The group they were moved into; null: out of every group. */
  groupId: uuid.nullable(),
  /** Their new enclosing groups, top first. */
  groups: z.array(uuid),
});
export type PersonalAccountsMoved = z.infer<typeof personalAccountsMoved>;

export const ACCOUNT_GROUP_MOVED = 'AccountGroupMoved';
export const accountGroupMoved = z.looseObject({
  groupId: uuid,
  companyId: uuid,
  /** The group it now lies in; null: the top of the tree. */
  parentId: uuid.nullable(),
  /** Its new path: the enclosing groups, top first, then the group itself. Everything below moves with it. */
  groups: z.array(uuid),
});
export type AccountGroupMoved = z.infer<typeof accountGroupMoved>;

export const ACCOUNT_GROUP_DELETED = 'AccountGroupDeleted';
export const accountGroupDeleted = z.looseObject({
  groupId: uuid,
  companyId: uuid,
  /** Where what it held went: its parent (null: the top of the tree). */
  parentId: uuid.nullable(),
});
export type AccountGroupDeleted = z.infer<typeof accountGroupDeleted>;

/**
 * Each subgraph's copy of the tree, in its own company stream, when accounts are placed (opened or moved):
 * live subscriptions of that stream learn of it in order with the events they deliver.
 */
export const ACCOUNTS_PLACED = 'AccountsPlaced';
export const accountsPlaced = z.looseObject({
  companyId: uuid,
  accountIds: z.array(uuid),
  /** Their enclosing groups, top first. */
  groups: z.array(uuid),
});
export type AccountsPlaced = z.infer<typeof accountsPlaced>;
