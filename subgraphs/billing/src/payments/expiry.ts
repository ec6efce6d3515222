import { backgroundTransaction, type Logger, repeatEvery } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Payment } from '../data/entities';
import type { Billing } from '../runtime';
import { PAYMENT_COLUMNS } from './rows';
import { fail } from './state';

/** How long a card payment may stay unpaid. */
export const CARD_PAYMENT_TTL_MS = 30 * 60 * 1000;

export const EXPIRED_REASON = 'Not paid within 30 minutes';

/**
 * Expires the PENDING payments whose time is up by `now`, with their PaymentFailed events. Rows another
 * transaction holds (a webhook settling one right now) are skipped: that transaction decides, and the next
 * sweep sees the outcome. Returns how many expired.
 */
export async function expireDue(tx: EntityManager, now: Date, limit = 500): Promise<number> {
  const due: Payment[] = await tx.query(
    `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE state = 'PENDING' AND expires_at <= $1
     ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
    [now, limit],
  );
  if (due.length > 0) await fail(tx, due, 'EXPIRED', EXPIRED_REASON, now);
  return due.length;
}

const expiredInRequest = new WeakMap<object, Promise<number>>();

/**
 * Lazily, before a read shows payments: nothing PENDING is shown past its time. Once per request (`request` is
 * anything made per request, e.g. its loaders), however many accounts list their payments; one index probe
 * when nothing is due.
 */
export function expireBeforeRead(request: object, db: DataSource, billing: Billing): Promise<number> {
  let done = expiredInRequest.get(request);
  if (!done) {
    done = db.transaction((tx) => expireDue(tx, billing.clock.now()));
    expiredInRequest.set(request, done);
  }
  return done;
}

/**
 * The background sweep, every `billing.paymentExpirySweepMs`: expires unpaid payments even when nobody looks at
 * them, so their PaymentFailed goes out (reads expire them too, at once).
 */
export function expirySweep(billing: Billing, { db, log }: { db: DataSource; log: Logger }) {
  return repeatEvery(
    billing.paymentExpirySweepMs,
    () => backgroundTransaction(db, (tx) => expireDue(tx, billing.clock.now())),
    { log, name: 'payment expiry sweep' },
  );
}
