import {
  ACCOUNT_GROUP_CREATED,
  ACCOUNT_GROUP_DELETED,
  ACCOUNT_GROUP_MOVED,
  type AccountGroupCreated,
  type AccountGroupDeleted,
  type AccountGroupMoved,
  PERSONAL_ACCOUNT_OPENED,
  PERSONAL_ACCOUNTS_MOVED,
  type PersonalAccountOpened,
  type PersonalAccountsMoved,
} from '@kabinet/contracts';
import { applyTreeEvent, companyStream, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

export type TreeChange =
  | { type: typeof PERSONAL_ACCOUNT_OPENED; payload: PersonalAccountOpened }
  | { type: typeof ACCOUNT_GROUP_CREATED; payload: AccountGroupCreated }
  | { type: typeof PERSONAL_ACCOUNTS_MOVED; payload: PersonalAccountsMoved }
  | { type: typeof ACCOUNT_GROUP_MOVED; payload: AccountGroupMoved }
  | { type: typeof ACCOUNT_GROUP_DELETED; payload: AccountGroupDeleted };

/**
 * Publishes changes of a company's account tree and applies them to accounts' own copy of it, in the
 * caller's transaction: the copy other subgraphs build from the events and accounts' own never differ.
 */
export async function publishTreeChanges(tx: EntityManager, changes: TreeChange[]): Promise<void> {
  await publishMany(
    tx,
    changes.map((change) => ({
      stream: companyStream(change.payload.companyId),
      type: change.type,
      companyId: change.payload.companyId,
      payload: { ...change.payload },
    })),
  );
  for (const change of changes) await applyTreeEvent(tx, change);
}
