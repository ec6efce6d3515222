import { backgroundTransaction, type Logger, repeatEvery } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { texts } from '../notifications/kinds';
import { notify } from '../notifications/record';
import type { Support } from '../runtime';
import { LIVE_SQL, NEWS_COLUMNS, type NewsRecord } from './records';

/**
 * Tells the companies with services where works or an outage are (every company with services, for an item
 * aimed at no one in particular), once each, when the item is published; items scheduled for later wait for
 * their time. Replicas share the work (SKIP LOCKED).
 */
export async function announceWorks(tx: EntityManager, now: Date): Promise<void> {
  const due: NewsRecord[] = await tx.query(
    `SELECT ${NEWS_COLUMNS} FROM news n
     WHERE n.notified_at IS NULL AND n.kind IN ('REPAIR_WORKS', 'OUTAGE') AND ${LIVE_SQL('$1::timestamptz')}
     ORDER BY n.published_at FOR UPDATE SKIP LOCKED`,
    [now],
  );
  for (const item of due) {
    const companies: { companyId: string }[] = await tx.query(
      `SELECT DISTINCT s.company_id AS "companyId" FROM company_services s
       WHERE (cardinality($1::text[]) = 0 OR s.region = ANY ($1)) AND (cardinality($2::text[]) = 0 OR s.kind = ANY ($2))`,
      [item.regions, item.serviceKinds],
    );
    for (const { companyId } of companies) {
      await notify(
        tx,
        `news:${item.id}:${companyId}`,
        { kind: 'REPAIR_WORKS', companyId, accountId: null, ...texts.works(item.title, item.body) },
        now,
      );
    }
    await tx.query('UPDATE news SET notified_at = $2 WHERE id = $1', [item.id, now]);
  }
}

/** Announces scheduled works and outages as their publication comes, by the clock. */
export const worksAnnouncements = ({ db, log }: { db: DataSource; log: Logger }, support: Support) =>
  repeatEvery(
    support.pollMs,
    () => backgroundTransaction(db, (tx) => announceWorks(tx, support.clock.now())),
    {
      log,
      name: 'works announcements',
    },
  );
