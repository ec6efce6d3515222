import {
  addDays,
  backgroundTransaction,
  type Clock,
  type Logger,
  moscowDate,
  repeatEvery,
} from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { remind } from '../freephone/numbers';
import { applyTariff, effectiveAt, endService, lockService } from './changes';
import { announceTariffChanged } from './lifecycle';

/**
 * The catalog's work that falls due by the clock: planned changes whose day has come (a tariff or a smaller
 * quota from the next month, a disconnection on its notice date) and 8-800 test periods (a reminder the day
 * before the last, and the number released after it unless a tariff was chosen). Each item is done in its own
 * transaction under the service's lock, skipped while another replica holds it; each takes effect at the start
 * of its day, whenever the worker gets to it.
 */
export const dueWork = ({ db, log }: { db: DataSource; log: Logger }, clock: Clock, pollMs: number) =>
  repeatEvery(
    pollMs,
    async () => {
      const now = clock.now();
      const today = moscowDate(now);
      const due: { id: string; serviceId: string }[] = await backgroundTransaction(db, (tx) =>
        tx.query(
          `SELECT id, service_id AS "serviceId" FROM planned_changes
           WHERE applied_at IS NULL AND effective_on <= $1 ORDER BY effective_on, id`,
          [today],
        ),
      );
      for (const change of due) await applyPlanned(db, change.id, now);
      const testing: { id: string; testEndsOn: string }[] = await backgroundTransaction(db, (tx) =>
        tx.query(
          `SELECT id, test_ends_on::text AS "testEndsOn" FROM services
           WHERE test_ends_on IS NOT NULL AND test_ends_on <= $1 AND status = 'ACTIVE'`,
          [addDays(today, 1)],
        ),
      );
      for (const service of testing) {
        await onLockedService(db, service.id, async (tx) => {
          const locked = await lockService(tx, service.id, null);
          if (!locked.testEndsOn || locked.status !== 'ACTIVE') return;
          if (locked.testEndsOn < today)
            await endService(tx, locked, effectiveAt(addDays(locked.testEndsOn, 1)));
          else await remind(tx, log, locked, now);
        });
      }
    },
    { log, name: 'catalog due work' },
  );

/** Runs `work` for a service unless another replica holds it now. */
async function onLockedService(
  db: DataSource,
  serviceId: string,
  work: (tx: EntityManager) => Promise<void>,
) {
  await backgroundTransaction(db, async (tx) => {
    const [free] = await tx.query('SELECT 1 FROM services WHERE id = $1 FOR UPDATE SKIP LOCKED', [serviceId]);
    if (free) await work(tx);
  });
}

/** Applies one planned change at the start of its day (to a disconnected service: nothing). */
async function applyPlanned(db: DataSource, changeId: string, now: Date) {
  await backgroundTransaction(db, async (tx) => {
    const [change] = await tx.query(
      `SELECT service_id AS "serviceId", kind, effective_on::text AS "effectiveOn", tariff_id AS "tariffId",
         quota_gb AS "quotaGb"
       FROM planned_changes WHERE id = $1 AND applied_at IS NULL FOR UPDATE SKIP LOCKED`,
      [changeId],
    );
    if (!change) return;
    const service = await lockService(tx, change.serviceId, null);
    const at = effectiveAt(change.effectiveOn);
    await tx.query('UPDATE planned_changes SET applied_at = $2 WHERE id = $1', [changeId, now]);
    // A suspended service changes too: billing takes the new fee and bills it once the service resumes.
    if (service.status === 'TERMINATED') return;
    if (change.kind === 'TERMINATE') await endService(tx, service, at);
    if (change.kind === 'TARIFF') await applyTariff(tx, service, change.tariffId, at);
    if (change.kind === 'QUOTA') {
      await tx.query('UPDATE services SET quota_gb = $2 WHERE id = $1', [service.id, change.quotaGb]);
      await announceTariffChanged(tx, service, at);
    }
  });
}
