import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import type { Logger } from '../core/logger';

/** Whether a statement ran in a `backgroundTransaction` (the database's statement counter skips those). */
export const isBackground = (runner?: QueryRunner) => runner?.data?.background === true;

/**
 * A transaction of background work (consumers, relays): its statements are not counted, so the counter
 * measures what requests cost.
 */
export async function backgroundTransaction<T>(
  db: DataSource,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  const runner = db.createQueryRunner();
  runner.data = { background: true };
  try {
    return await runner.manager.transaction(work);
  } finally {
    await runner.release();
  }
}

/**
 * Background work repeated every `intervalMs` until stopped (relays, workers, sweeps, schedules): a pass never
 * overlaps the one before, a failed pass is logged and the next interval tries again, and `stop` waits for a
 * pass under way.
 */
export function repeatEvery(
  intervalMs: number,
  pass: () => Promise<unknown>,
  { log, name }: { log: Logger; name: string },
): { stop(): Promise<void> } {
  let running: Promise<void> | null = null;
  const timer = setInterval(() => {
    running ??= pass()
      .then(
        () => undefined,
        (error) => log.error({ err: error, worker: name }, 'background pass failed'),
      )
      .finally(() => {
        running = null;
      });
  }, intervalMs);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
