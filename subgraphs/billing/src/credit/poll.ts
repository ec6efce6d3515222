import { backgroundTransaction, type Logger } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Background work done in passes every `pollMs` until stopped: each pass runs `batch` in a background
 * transaction, again while it reports a full batch (`limit` items), so a backlog drains without waiting. A
 * failed pass is logged and retried at the next interval.
 */
export function pollInBatches(
  name: string,
  { db, log }: { db: DataSource; log: Logger },
  pollMs: number,
  limit: number,
  batch: (tx: EntityManager) => Promise<number>,
) {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pass = async () => {
    try {
      while (!stopped && (await backgroundTransaction(db, batch)) >= limit);
    } catch (error) {
      log.error({ err: error, worker: name }, 'background pass failed');
    }
    if (!stopped) schedule();
  };
  const schedule = () => {
    timer = setTimeout(() => {
      running = pass();
    }, pollMs);
    timer.unref();
  };
  schedule();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
