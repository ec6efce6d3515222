import { randomUUID } from 'node:crypto';
import {
  addDays,
  badInput,
  isUuid,
  moscowDate,
  moscowMidnight,
  notFound,
  preconditionFailed,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Service, Tariff } from '../data/entities';
import { isOnSale } from '../data/on-sale';
import { announceTariffChanged, announceTerminated } from './lifecycle';

/**
 * Changes customers make to their connected services. Each locks the service, checks it may change, changes it
 * and announces it in one transaction, so billing charges exactly what the catalog did, from the moment it did.
 */

/** The service, locked; NOT_FOUND when it is not one the caller (already checked to see it) may change. */
export async function lockService(
  tx: EntityManager,
  serviceId: string,
  scope: string | null,
): Promise<Service> {
  const service = await tx
    .getRepository(Service)
    .createQueryBuilder('s')
    .setLock('pessimistic_write')
    .where('s.id = :serviceId', { serviceId })
    .getOne();
  if (!service || (scope !== null && service.companyId !== scope)) throw notFound('Service');
  return service;
}

/** Refuses a change of a service that is not ACTIVE: an account over its credit limit has none. */
export const mustBeActive = (service: Service) => {
  if (service.status !== 'ACTIVE') {
    throw preconditionFailed(`The service is ${service.status}; only an ACTIVE service can change`, [
      { field: 'serviceId', message: `is ${service.status}` },
    ]);
  }
};

/** The service, locked, if ACTIVE (PRECONDITION_FAILED otherwise). */
export async function lockActiveService(tx: EntityManager, serviceId: string, scope: string | null) {
  const service = await lockService(tx, serviceId, scope);
  mustBeActive(service);
  return service;
}

/** The first day of the next month (Moscow) after the day of `at`. */
export const nextPeriodStart = (at: Date) => {
  const [year, month] = moscowDate(at).split('-').map(Number);
  return new Date(Date.UTC(year, month, 1)).toISOString().slice(0, 10);
};

/** A tariff the service may move to: on sale, of its kind, sold in its region, allowing the options it has. */
async function checkNewTariff(
  tx: EntityManager,
  service: Service,
  tariffId: string,
  now: Date,
): Promise<Tariff> {
  const tariffs = tx.getRepository(Tariff);
  const [current, next] = [
    await tariffs.findOneBy({ id: service.tariffId }),
    isUuid(tariffId) ? await tariffs.findOneBy({ id: tariffId }) : null,
  ];
  if (!next || !isOnSale(next, now))
    throw badInput([{ field: 'tariffId', message: 'no such tariff on sale' }]);
  if (next.id === service.tariffId)
    throw badInput([{ field: 'tariffId', message: 'is the tariff the service has' }]);
  if (next.kind !== current?.kind || next.storagePricing) {
    throw badInput([{ field: 'tariffId', message: `must be a ${current?.kind} tariff, like the service's` }]);
  }
  if (service.region && !next.regions.includes(service.region as Tariff['regions'][number])) {
    throw badInput([
      { field: 'tariffId', message: `is not sold in ${service.region}, where the service is` },
    ]);
  }
  const disallowed: { name: string }[] = await tx.query(
    `SELECT o.name FROM service_options so JOIN options o ON o.id = so.option_id
     WHERE so.service_id = $1 AND NOT EXISTS (
       SELECT 1 FROM tariff_options t WHERE t.tariff_id = $2 AND t.option_id = so.option_id)`,
    [service.id, next.id],
  );
  if (disallowed.length > 0) {
    throw badInput([
      {
        field: 'tariffId',
        message: `does not allow ${disallowed.map((o) => o.name).join(', ')}; disconnect first`,
      },
    ]);
  }
  return next;
}

/** Moves the service to the tariff from `at` and announces its new cost. */
export async function applyTariff(tx: EntityManager, service: Service, tariffId: string, at: Date) {
  await tx.getRepository(Service).update(service.id, { tariffId });
  await announceTariffChanged(tx, service, at);
  return { ...service, tariffId };
}

/**
 * Moves an ACTIVE service to another tariff of its kind: from `now`, or from the first day of the next month
 * (planned; asking again replaces the plan).
 */
export async function changeTariff(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; tariffId: string; effective?: 'NOW' | 'NEXT_PERIOD' | null },
  now: Date,
): Promise<Service> {
  const service = await lockActiveService(tx, input.serviceId, scope);
  const next = await checkNewTariff(tx, service, input.tariffId, now);
  if (input.effective !== 'NEXT_PERIOD') return applyTariff(tx, service, next.id, now);
  await planChange(
    tx,
    service.id,
    { kind: 'TARIFF', effectiveOn: nextPeriodStart(now), tariffId: next.id },
    now,
  );
  return service;
}

/** Plans a change for a day, replacing the same kind of change planned before. */
export async function planChange(
  tx: EntityManager,
  serviceId: string,
  change: {
    kind: 'TARIFF' | 'QUOTA' | 'TERMINATE';
    effectiveOn: string;
    tariffId?: string;
    quotaGb?: number;
  },
  now: Date,
) {
  await tx.query(`DELETE FROM planned_changes WHERE service_id = $1 AND kind = $2 AND applied_at IS NULL`, [
    serviceId,
    change.kind,
  ]);
  await tx.query(
    `INSERT INTO planned_changes (id, service_id, kind, effective_on, tariff_id, quota_gb, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)`,
    [
      randomUUID(),
      serviceId,
      change.kind,
      change.effectiveOn,
      change.tariffId ?? null,
      change.quotaGb ?? null,
      now,
    ],
  );
}

/** Disconnects the service for good from `at`; billing stops charging it from that day. */
export async function endService(tx: EntityManager, service: Service, at: Date): Promise<Service> {
  await tx
    .getRepository(Service)
    .update(service.id, { status: 'TERMINATED', suspendedFor: null, terminatedAt: at });
  await tx.query('DELETE FROM planned_changes WHERE service_id = $1 AND applied_at IS NULL', [service.id]);
  await tx.query(
    `UPDATE freephone_numbers SET state = 'FREE', company_id = NULL, service_id = NULL, reserved_until = NULL
     WHERE service_id = $1`,
    [service.id],
  );
  await announceTerminated(tx, service, at);
  return { ...service, status: 'TERMINATED', terminatedAt: at };
}

/**
 * Disconnects a service: now, or on the notice date `on` (a Moscow day after today, within a year), until when it
 * is PENDING_TERMINATE and still works and is billed.
 */
export async function terminateService(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; on?: string | null },
  now: Date,
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, scope);
  if (service.status === 'TERMINATED') {
    throw preconditionFailed('The service is disconnected already', [
      { field: 'serviceId', message: 'is TERMINATED' },
    ]);
  }
  const today = moscowDate(now);
  if (!input.on || input.on === today) return endService(tx, service, now);
  if (input.on < today || input.on > addDays(today, 365)) {
    throw badInput([{ field: 'on', message: 'must be a day from today to a year ahead' }]);
  }
  if (service.status !== 'ACTIVE' && service.status !== 'PENDING_TERMINATE') mustBeActive(service);
  await planChange(tx, service.id, { kind: 'TERMINATE', effectiveOn: input.on }, now);
  await tx.getRepository(Service).update(service.id, { status: 'PENDING_TERMINATE' });
  return { ...service, status: 'PENDING_TERMINATE' };
}

/** The instant a planned change takes effect: the start of its Moscow day. */
export const effectiveAt = (effectiveOn: string) => moscowMidnight(effectiveOn);
