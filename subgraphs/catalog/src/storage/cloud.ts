import { randomUUID } from 'node:crypto';
import { assertValid, badInput, preconditionFailed, TEXT_MAX, textProblems } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type Service, type StoragePricing, Tariff } from '../data/entities';
import { lockService, mustBeActive, nextPeriodStart, planChange } from '../services/changes';
import { announceActivated, announceTariffChanged } from '../services/lifecycle';
import { checkQuota } from './pricing';

/** The storage plan sold by quota. */
export async function storagePlan(db: Pick<EntityManager, 'getRepository'>) {
  const plan = await db
    .getRepository(Tariff)
    .createQueryBuilder('t')
    .where("t.storage_pricing IS NOT NULL AND t.lifecycle = 'LAUNCHED'")
    .orderBy('t.code')
    .getOne();
  if (!plan?.storagePricing) throw preconditionFailed('No cloud storage plan is on sale now');
  return plan as Tariff & { storagePricing: StoragePricing };
}

/** Connects storage with a quota on the account, ACTIVE and billed by its quota's price from `now`. */
export async function orderStorage(
  tx: EntityManager,
  account: { id: string; companyId: string },
  input: { name: string; quotaGb: number },
  now: Date,
): Promise<string> {
  const plan = await storagePlan(tx);
  assertValid(textProblems('name', input.name, { max: TEXT_MAX.name, min: 1 }));
  checkQuota(plan.storagePricing, input.quotaGb);
  const id = randomUUID();
  await tx.query(
    `INSERT INTO services (id, account_id, company_id, tariff_id, status, activated_at, identifier, quota_gb)
     VALUES ($1, $2, $3, $4, 'ACTIVE', $5, $6, $7)`,
    [id, account.id, account.companyId, plan.id, now, input.name.trim(), input.quotaGb],
  );
  await announceActivated(tx, [id]);
  return id;
}

/**
 * A new quota for a storage service: raised from `now` (billed by day), lowered from the next month (planned) and
 * never below the space used.
 */
export async function resizeStorage(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; quotaGb: number },
  now: Date,
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, scope);
  const tariff = await tx.getRepository(Tariff).findOneByOrFail({ id: service.tariffId });
  if (!tariff.storagePricing || service.quotaGb === null)
    throw badInput([{ field: 'serviceId', message: 'is not storage priced by quota' }]);
  mustBeActive(service);
  checkQuota(tariff.storagePricing, input.quotaGb);
  if (input.quotaGb === service.quotaGb)
    throw badInput([{ field: 'quotaGb', message: 'is the quota it has' }]);
  if (input.quotaGb > service.quotaGb) {
    await tx.query('UPDATE services SET quota_gb = $2 WHERE id = $1', [service.id, input.quotaGb]);
    await tx.query(
      `DELETE FROM planned_changes WHERE service_id = $1 AND kind = 'QUOTA' AND applied_at IS NULL`,
      [service.id],
    );
    await announceTariffChanged(tx, service, now);
    return { ...service, quotaGb: input.quotaGb };
  }
  if (input.quotaGb < service.usedGb) {
    throw badInput([{ field: 'quotaGb', message: `must be at least the ${service.usedGb} GB in use` }]);
  }
  await planChange(
    tx,
    service.id,
    { kind: 'QUOTA', effectiveOn: nextPeriodStart(now), quotaGb: input.quotaGb },
    now,
  );
  return service;
}

/** The space a storage service uses, as measured; never above its quota. */
export async function recordUsage(
  tx: EntityManager,
  input: { serviceId: string; usedGb: number },
): Promise<Service> {
  const service = await lockService(tx, input.serviceId, null);
  if (service.quotaGb === null)
    throw badInput([{ field: 'serviceId', message: 'is not storage priced by quota' }]);
  if (input.usedGb < 0 || input.usedGb > service.quotaGb)
    throw badInput([{ field: 'usedGb', message: `must be from 0 to the quota, ${service.quotaGb} GB` }]);
  await tx.query('UPDATE services SET used_gb = $2 WHERE id = $1', [service.id, input.usedGb]);
  return { ...service, usedGb: input.usedGb };
}
