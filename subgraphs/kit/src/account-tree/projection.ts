import { ACCOUNTS_PLACED } from '@kabinet/contracts';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../core/logger';
import { startConsumer } from '../events/consumer';
import { companyStream } from '../events/event';
import { publish } from '../events/publish';
import { applyTreeEvent, placementsOf, TREE_EVENT_TYPES } from './events';

const consumerOf = (subgraph: string) => `${subgraph}.account-tree`;

/**
 * Keeps this subgraph's copy of the account tree from accounts' events, so access lists naming groups are
 * enforced here without asking accounts, and tells this subgraph's live subscriptions of each account placed
 * (`AccountsPlaced`). A worker for `SubgraphDefinition.workers`.
 */
export const accountTreeProjection = ({ db, log }: { db: DataSource; log: Logger }, subgraph: string) =>
  startConsumer({
    db,
    source: 'accounts',
    name: consumerOf(subgraph),
    types: TREE_EVENT_TYPES,
    log,
    async handle(event, tx) {
      await applyTreeEvent(tx, event);
      for (const placed of await placementsOf(tx, event)) {
        const { companyId } = placed;
        await publish(tx, {
          stream: companyStream(companyId),
          type: ACCOUNTS_PLACED,
          companyId,
          payload: { ...placed },
        });
      }
    },
  });

/**
 * Waits, up to `timeoutMs`, until this subgraph's copy holds every tree change accounts has committed (every
 * one this statement can see); false if it is still behind. For a check that just missed a group created a
 * moment ago: look again after this.
 */
export async function accountTreeCaughtUp(
  db: Pick<EntityManager, 'query'>,
  subgraph: string,
  timeoutMs = 5_000,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [{ behind }] = await db.query(
      `SELECT EXISTS (
         SELECT 1 FROM accounts.outbox o
         WHERE o.type = ANY($2) AND (o.txid, o.id) > (
             coalesce((SELECT txid FROM outbox_positions WHERE consumer = $1), '0'),
             coalesce((SELECT id FROM outbox_positions WHERE consumer = $1), 0))
       ) AS behind`,
      [consumerOf(subgraph), TREE_EVENT_TYPES],
    );
    if (!behind) return true;
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
