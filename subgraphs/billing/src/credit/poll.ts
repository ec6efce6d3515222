import { backgroundTransaction, type Logger, repeatEvery } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Background work done in passes every `pollMs` until stopped: each pass runs `batch` in a background
 * transaction, again while it reports a full batch (`limit` items), so a backlog drains without waiting. A
 * failed pass is logged and retried at the next interval.
 */
export const pollInBatches = (
  name: string,
  { db, log }: { db: DataSource; log: Logger },
  pollMs: number,
  limit: number,
  batch: (tx: EntityManager) => Promise<number>,
) =>
  repeatEvery(
    pollMs,
    async () => {
      while ((await backgroundTransaction(db, batch)) >= limit);
    },
    { log, name },
  );
