import type { DataSource, EntityManager, QueryRunner } from 'typeorm';

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
