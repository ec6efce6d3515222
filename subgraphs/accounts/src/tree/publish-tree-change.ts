import {
  ACCOUNT_TREE_EVENTS,
  type AccountGroupCreated,
  applyTreeEvent,
  companyStream,
  type PersonalAccountOpened,
  type PersonalAccountsMoved,
  publishMany,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

export type TreeChange =
  | { type: typeof ACCOUNT_TREE_EVENTS.accountOpened; payload: PersonalAccountOpened }
  | { type: typeof ACCOUNT_TREE_EVENTS.groupCreated; payload: AccountGroupCreated }
  | { type: typeof ACCOUNT_TREE_EVENTS.accountsMoved; payload: PersonalAccountsMoved };

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
