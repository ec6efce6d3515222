import { badInput, notFound, preconditionFailed } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Service, Tariff } from '../data/entities';
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

const mustBeActive = (service: Service) => {
  if (service.status !== 'ACTIVE') {
    throw preconditionFailed(`The service is ${service.status}; only an ACTIVE service can change`, [
      { field: 'serviceId', message: `is ${service.status}` },
    ]);
  }
};

/**
 * Moves an ACTIVE service to another tariff of the same kind on sale, from `at`. (An account over its credit
 * limit has no ACTIVE service: they are all suspended for the debt, so none can move to a dearer tariff.)
 */
export async function changeTariff(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; tariffId: string },
  at: Date,
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, scope);
  mustBeActive(service);
  const tariffs = tx.getRepository(Tariff);
  const [current, next] = [
    await tariffs.findOneBy({ id: service.tariffId }),
    await tariffs.findOneBy({ id: input.tariffId }),
  ];
  if (!next?.active) throw badInput([{ field: 'tariffId', message: 'no such tariff on sale' }]);
  if (next.id === service.tariffId)
    throw badInput([{ field: 'tariffId', message: 'is the tariff the service has' }]);
  if (next.kind !== current?.kind) {
    throw badInput([{ field: 'tariffId', message: `must be a ${current?.kind} tariff, like the service's` }]);
  }
  await tx.getRepository(Service).update(service.id, { tariffId: next.id });
  await announceTariffChanged(tx, service, { ...next, monthlyFeeMinor: String(next.monthlyFeeMinor) }, at);
  return { ...service, tariffId: next.id };
}

/** Disconnects a service for good from `at`; billing stops charging it from that day. */
export async function terminateService(
  tx: EntityManager,
  scope: string | null,
  serviceId: string,
  at: Date,
): Promise<Service> {
  const service = await lockService(tx, serviceId, scope);
  if (service.status === 'TERMINATED') {
    throw preconditionFailed('The service is disconnected already', [
      { field: 'serviceId', message: 'is TERMINATED' },
    ]);
  }
  await tx.getRepository(Service).update(service.id, { status: 'TERMINATED', suspendedFor: null });
  await announceTerminated(tx, service, at);
  return { ...service, status: 'TERMINATED' };
}
