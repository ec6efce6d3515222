import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { startConsumer } from '../events/consumer';
import { ACCOUNT_TREE_EVENTS, applyTreeEvent } from './events';

/**
 * Keeps this subgraph's copy of the account tree from accounts' events, so access lists naming groups are
 * enforced here without asking accounts. A worker for `SubgraphDefinition.workers`.
 */
export const accountTreeProjection = ({ db, log }: { db: DataSource; log: Logger }, subgraph: string) =>
  startConsumer({
    db,
    source: 'accounts',
    name: `${subgraph}.account-tree`,
    types: Object.values(ACCOUNT_TREE_EVENTS),
    log,
    handle: (event, tx) => applyTreeEvent(tx, event),
  });
