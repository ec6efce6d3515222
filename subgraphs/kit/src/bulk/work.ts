import {
  BULK_ITEMS_SETTLED,
  BULK_OPERATION_CANCELLED,
  BULK_OPERATION_KINDS,
  BULK_OPERATION_STARTED,
  type BulkItemsSettledPayload,
  type BulkOperationKind,
  type BulkOperationParams,
  parseEvent,
  type Viewer,
} from '@kabinet/contracts';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { auditBackground } from '../audit';
import type { Clock } from '../core/clock';
import { ErrorCode, type FieldProblem } from '../core/errors';
import type { Logger } from '../core/logger';
import { backgroundTransaction } from '../events/background';
import { startConsumer } from '../events/consumer';
import { publish } from '../events/publish';

/** One account of a group operation, as its owner applies it. */
export interface BulkItem {
  operationId: string;
  companyId: string;
  accountId: string;
  kind: BulkOperationKind;
  params: BulkOperationParams;
  /** Who started the operation: the item is applied with their rights. */
  viewer: Viewer;
  now: Date;
}

/**
 * Applies one item inside the transaction that settles it. A refusal is a coded GraphQL error (the same the
 * owner's own mutation would answer): nothing of the item is kept, and the error is reported with the account.
 */
export type BulkHandler = (tx: EntityManager, item: BulkItem) => Promise<void>;

export interface BulkWorkOptions {
  /** The subgraph: it must own (in contracts' BULK_OPERATION_KINDS) every kind it handles. */
  owner: string;
  handlers: Partial<Record<BulkOperationKind, BulkHandler>>;
  clock: Clock;
  /** How often an idle queue is looked at. */
  pollMs?: number;
}

/**
 * Unexpected failures of one item before it is settled FAILED: a database hiccup passes (the item waits a second,
 * then two, and the others go on meanwhile); a bug does not loop.
 */
const MAX_ATTEMPTS = 3;
/** Items applied at once by one process. */
const WORKERS = 3;

type ItemError = NonNullable<BulkItemsSettledPayload['items'][number]['error']>;

/** A deliberate refusal (a client-facing code), not a fault: settles the item rather than retrying it. */
function refusalOf(error: unknown): ItemError | null {
  if (!(error instanceof GraphQLError)) return null;
  const code = error.extensions?.code;
  if (typeof code !== 'string' || code === ErrorCode.INTERNAL_SERVER_ERROR || !(code in ErrorCode))
    return null;
  const [problem] = (error.extensions.fields as FieldProblem[] | undefined) ?? [];
  return { code, field: problem?.field ?? 'accountId', message: problem?.message ?? error.message };
}

interface QueuedItem {
  operationId: string;
  accountId: string;
  companyId: string;
  kind: BulkOperationKind;
  params: BulkOperationParams;
  viewer: Viewer;
  attempts: number;
}

/** A settled item goes back to accounts in its job's own stream (not the company's: no lock shared with requests). */
const settle = (
  tx: EntityManager,
  operationId: string,
  companyId: string,
  items: BulkItemsSettledPayload['items'],
) =>
  publish(tx, {
    stream: `bulk:${operationId}`,
    type: BULK_ITEMS_SETTLED,
    companyId,
    payload: { operationId, companyId, items } satisfies BulkItemsSettledPayload,
  });

/**
 * The owner's side of group operations: a durable consumer of accounts' job events queues the items of the
 * kinds this subgraph owns (and drops the pending ones of a cancelled job), and a worker applies them one per
 * transaction, oldest job first. Each transaction locks its item (SKIP LOCKED: replicas share the queue),
 * applies it, marks it settled and publishes the outcome, all or nothing: a worker killed mid-item leaves it
 * pending, and it is applied once when a worker comes back.
 */
export function bulkWork({ db, log }: { db: DataSource; log: Logger }, options: BulkWorkOptions) {
  const { owner, handlers, clock, pollMs = 500 } = options;
  for (const kind of Object.keys(handlers) as BulkOperationKind[]) {
    if (BULK_OPERATION_KINDS[kind].owner !== owner) throw new Error(`${owner} does not own ${kind}`);
  }
  const owned = (kind: string): kind is BulkOperationKind => Object.hasOwn(handlers, kind);

  const queue = startConsumer({
    db,
    source: 'accounts',
    name: `${owner}.bulk-operations`,
    types: [BULK_OPERATION_STARTED, BULK_OPERATION_CANCELLED],
    log,
    pollMs,
    async handle(event, tx) {
      if (event.type === BULK_OPERATION_STARTED) {
        const job = parseEvent(BULK_OPERATION_STARTED, event.payload);
        if (!owned(job.kind)) return;
        await tx.query(
          `INSERT INTO bulk_jobs (operation_id, company_id, kind, params, viewer) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT DO NOTHING`,
          [job.operationId, job.companyId, job.kind, job.params, job.viewer],
        );
        await tx.query(
          `INSERT INTO bulk_job_items (operation_id, account_id, position)
           SELECT $1, account_id, position FROM unnest($2::uuid[]) WITH ORDINALITY AS t(account_id, position)
           ON CONFLICT DO NOTHING`,
          [job.operationId, job.accountIds],
        );
        return;
      }
      // Only marked here: an UPDATE of the pending items would chase the workers' row locks down the queue.
      const { operationId } = parseEvent(BULK_OPERATION_CANCELLED, event.payload);
      await tx.query(
        'UPDATE bulk_jobs SET cancelled_at = now() WHERE operation_id = $1 AND cancelled_at IS NULL',
        [operationId],
      );
    },
  });

  /** Drops the pending items of cancelled jobs (not those under way: they finish) and reports them. */
  const dropCancelled = () =>
    backgroundTransaction(db, async (tx) => {
      const dropped: { operationId: string; companyId: string; accountIds: string[] }[] = await tx.query(
        `WITH taken AS (
           SELECT i.operation_id, i.account_id FROM bulk_job_items i JOIN bulk_jobs j USING (operation_id)
           WHERE j.cancelled_at IS NOT NULL AND i.status = 'PENDING' FOR UPDATE OF i SKIP LOCKED
         ), dropped AS (
           UPDATE bulk_job_items i SET status = 'CANCELLED', settled_at = now() FROM taken
           WHERE i.operation_id = taken.operation_id AND i.account_id = taken.account_id
           RETURNING i.operation_id, i.account_id
         )
         SELECT d.operation_id AS "operationId", j.company_id AS "companyId", array_agg(d.account_id) AS "accountIds"
         FROM dropped d JOIN bulk_jobs j USING (operation_id) GROUP BY 1, 2`,
      );
      for (const { operationId, companyId, accountIds } of dropped) {
        await settle(
          tx,
          operationId,
          companyId,
          accountIds.map((accountId) => ({ accountId, outcome: 'CANCELLED' as const, error: null })),
        );
      }
    });

  const recordOutcome = async (tx: EntityManager, item: QueuedItem, error: ItemError | null, now: Date) => {
    await tx.query(
      'UPDATE bulk_job_items SET status = $3, settled_at = $4 WHERE operation_id = $1 AND account_id = $2',
      [item.operationId, item.accountId, error ? 'FAILED' : 'DONE', now],
    );
    await settle(tx, item.operationId, item.companyId, [
      { accountId: item.accountId, outcome: error ? 'FAILED' : 'DONE', error },
    ]);
    await auditBackground(tx, {
      actor: item.viewer,
      companyId: item.companyId,
      action: `${owner}.bulkOperation`,
      target: `operationId=${item.operationId} accountId=${item.accountId} kind=${item.kind}`,
      outcome: error?.code ?? 'OK',
      requestId: `bulk:${item.operationId}`,
      at: now,
    });
  };

  /** Applies the oldest pending item; false when there is none (or every one is taken by another worker). */
  const applyNext = () =>
    backgroundTransaction(db, async (tx): Promise<QueuedItem | null> => {
      // The oldest job with work left, then its next item: both by index, however long the queue.
      const [item]: QueuedItem[] = await tx.query(
        `WITH job AS (
           SELECT j.* FROM bulk_jobs j
           WHERE j.cancelled_at IS NULL AND EXISTS (
             SELECT 1 FROM bulk_job_items p WHERE p.operation_id = j.operation_id AND p.status = 'PENDING'
               AND (p.retry_at IS NULL OR p.retry_at <= now()))
           ORDER BY j.queued_at LIMIT 1
         )
         SELECT i.operation_id AS "operationId", i.account_id AS "accountId", i.attempts, job.company_id AS "companyId",
           job.kind, job.params, job.viewer
         FROM bulk_job_items i JOIN job USING (operation_id)
         WHERE i.status = 'PENDING' AND (i.retry_at IS NULL OR i.retry_at <= now())
         ORDER BY i.position LIMIT 1 FOR UPDATE OF i SKIP LOCKED`,
      );
      if (!item) return null;
      const now = clock.now();
      await tx.query('SAVEPOINT bulk_item');
      let refusal: ItemError | null = null;
      try {
        await (handlers[item.kind] as BulkHandler)(tx, { ...item, now });
      } catch (error) {
        refusal = refusalOf(error);
        if (!refusal) throw Object.assign(error as Error, { bulkItem: item });
        await tx.query('ROLLBACK TO SAVEPOINT bulk_item');
      }
      await recordOutcome(tx, item, refusal, now);
      return item;
    });

  /** After an unexpected failure: counted, and on the last attempt settled FAILED so the job can finish. */
  const recordFault = (item: QueuedItem) =>
    backgroundTransaction(db, async (tx) => {
      const [[row]]: [{ attempts: number }[], number] = await tx.query(
        `UPDATE bulk_job_items SET attempts = attempts + 1, retry_at = now() + (attempts + 1) * interval '1 second'
         WHERE operation_id = $1 AND account_id = $2 AND status = 'PENDING' RETURNING attempts`,
        [item.operationId, item.accountId],
      );
      if (row && row.attempts >= MAX_ATTEMPTS) {
        const error = { code: ErrorCode.INTERNAL_SERVER_ERROR, field: null, message: 'could not be applied' };
        await recordOutcome(tx, item, error, clock.now());
      }
    });

  let stopped = false;
  let running: Promise<unknown> | null = null;
  // Until the queue is empty: each item is a short transaction of its own, so requests interleave with a job.
  const drain = async () => {
    while (!stopped) {
      try {
        await dropCancelled();
        if (!(await applyNext())) return;
      } catch (error) {
        const item = (error as { bulkItem?: QueuedItem }).bulkItem;
        log.error({ err: error, owner, item }, 'bulk item failed');
        if (!item) return;
        await recordFault(item);
      }
    }
  };
  // A few items at once: an item waits on the database more than it computes. Items lock their own rows and
  // take the outbox streams in the same order, so they wait on each other at worst, never deadlock.
  const pass = () => Promise.all(Array.from({ length: WORKERS }, drain));
  const timer = setInterval(() => {
    running ??= pass()
      .catch((error) => log.error({ err: error, owner }, 'bulk pass failed'))
      .finally(() => {
        running = null;
      });
  }, pollMs);
  timer.unref();

  return [
    queue,
    {
      async stop() {
        // Between items: the one under way finishes (or, on a crash, rolls back and stays pending).
        stopped = true;
        clearInterval(timer);
        await running;
      },
    },
  ];
}
