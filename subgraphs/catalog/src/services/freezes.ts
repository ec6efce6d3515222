import { randomUUID } from 'node:crypto';
import {
  addDays,
  backgroundTransaction,
  badInput,
  type Clock,
  type Logger,
  moscowDate,
  preconditionFailed,
  repeatEvery,
} from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { type Service } from '../data/entities';
import { CREDIT_LIMIT_SUSPENSION } from '../events/credit-limits';
import { lockService } from './changes';
import { announceResumed, announceSuspended } from './lifecycle';

/** Why the catalog holds a service the customer froze. */
export const FREEZE = 'FREEZE';

/** Days a service may be frozen in any 365. */
export const MAX_FREEZE_DAYS_A_YEAR = 90;

const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

/**
 * Freezes an ACTIVE service from today until `resumeOn` (a Moscow date after today), billing stopping from now:
 * refused on `resumeOn` when that would take the service's frozen days in the 365 days up to it past 90.
 */
export async function freezeService(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; resumeOn: string },
  now: Date,
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, scope);
  if (service.status !== 'ACTIVE') {
    throw preconditionFailed(`The service is ${service.status}; only an ACTIVE service can be frozen`, [
      { field: 'serviceId', message: `is ${service.status}` },
    ]);
  }
  const today = moscowDate(now);
  if (input.resumeOn <= today) throw badInput([{ field: 'resumeOn', message: 'must be after today' }]);
  const [{ used }]: { used: number }[] = await tx.query(
    `SELECT coalesce(sum(least(coalesce(ended_at::date, ends_on), $3::date) - greatest(starts_on, $2::date)), 0)::int AS used
     FROM service_freezes WHERE service_id = $1 AND starts_on < $3::date AND coalesce(ended_at::date, ends_on) > $2::date`,
    [service.id, addDays(input.resumeOn, -365), input.resumeOn],
  );
  const asked = daysBetween(today, input.resumeOn);
  if (used + asked > MAX_FREEZE_DAYS_A_YEAR) {
    throw badInput([
      {
        field: 'resumeOn',
        message: `a service may be frozen at most ${MAX_FREEZE_DAYS_A_YEAR} days a year; ${Math.max(0, MAX_FREEZE_DAYS_A_YEAR - used)} are left`,
      },
    ]);
  }
  await tx.query('INSERT INTO service_freezes (id, service_id, starts_on, ends_on) VALUES ($1, $2, $3, $4)', [
    randomUUID(),
    service.id,
    today,
    input.resumeOn,
  ]);
  await tx.query(`UPDATE services SET status = 'SUSPENDED', suspended_for = $2 WHERE id = $1`, [
    service.id,
    FREEZE,
  ]);
  await announceSuspended(tx, [service], FREEZE, now);
  return { ...service, status: 'SUSPENDED', suspendedFor: FREEZE };
}

/**
 * Ends a service's freeze now (asked early, or its day has come). On an account over its credit limit it stays
 * suspended, for the debt now, until billing says the debt is paid.
 */
export async function unfreezeService(
  tx: EntityManager,
  scope: string | null,
  serviceId: string,
  now: Date,
): Promise<Service> {
  const service = await lockService(tx, serviceId, scope);
  if (service.status !== 'SUSPENDED' || service.suspendedFor !== FREEZE) {
    throw preconditionFailed('Only a service the customer froze can be resumed here', [
      {
        field: 'serviceId',
        message: service.suspendedFor ? `is suspended for ${service.suspendedFor}` : `is ${service.status}`,
      },
    ]);
  }
  await tx.query('UPDATE service_freezes SET ended_at = $2 WHERE service_id = $1 AND ended_at IS NULL', [
    service.id,
    now,
  ]);
  const [overLimit] = await tx.query('SELECT 1 FROM accounts_over_credit_limit WHERE account_id = $1', [
    service.accountId,
  ]);
  if (overLimit) {
    // Still not billed, and not working: it resumes with the account's other services once the debt is paid.
    await tx.query('UPDATE services SET suspended_for = $2 WHERE id = $1', [
      service.id,
      CREDIT_LIMIT_SUSPENSION,
    ]);
    return { ...service, suspendedFor: CREDIT_LIMIT_SUSPENSION };
  }
  await tx.query(`UPDATE services SET status = 'ACTIVE', suspended_for = NULL WHERE id = $1`, [service.id]);
  await announceResumed(tx, [service], now);
  return { ...service, status: 'ACTIVE', suspendedFor: null };
}

/** Resumes the services whose freeze ends today or earlier, by the clock; replicas share the work. */
export const freezeEnds = ({ db, log }: { db: DataSource; log: Logger }, clock: Clock, pollMs: number) =>
  repeatEvery(
    pollMs,
    async () => {
      const now = clock.now();
      // Background work's statements go uncounted: the counter measures what requests cost.
      const due: { serviceId: string }[] = await backgroundTransaction(db, (tx) =>
        tx.query(
          `SELECT f.service_id AS "serviceId" FROM service_freezes f JOIN services s ON s.id = f.service_id
           WHERE f.ended_at IS NULL AND f.ends_on <= $1 AND s.suspended_for = $2`,
          [moscowDate(now), FREEZE],
        ),
      );
      for (const { serviceId } of due) {
        await backgroundTransaction(db, async (tx) => {
          const [still] = await tx.query(
            `SELECT 1 FROM services WHERE id = $1 AND suspended_for = $2 FOR UPDATE SKIP LOCKED`,
            [serviceId, FREEZE],
          );
          if (still) await unfreezeService(tx, null, serviceId, now);
        });
      }
    },
    { log, name: 'freeze ends' },
  );
