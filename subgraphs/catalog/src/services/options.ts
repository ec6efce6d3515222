import { badInput, isUuid } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { Option, type Service } from '../data/entities';
import { lockActiveService } from './changes';
import { announceTariffChanged } from './lifecycle';

/** Connects an option the tariff allows, from `now`; billing charges it by day from then. */
export async function connectOption(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; optionId: string },
  now: Date,
): Promise<Service> {
  const service = await lockActiveService(tx, input.serviceId, scope);
  const option = isUuid(input.optionId)
    ? await tx.getRepository(Option).findOneBy({ id: input.optionId })
    : null;
  if (option?.lifecycle !== 'LAUNCHED')
    throw badInput([{ field: 'optionId', message: 'no such option on sale' }]);
  const [allowed] = await tx.query('SELECT 1 FROM tariff_options WHERE tariff_id = $1 AND option_id = $2', [
    service.tariffId,
    option.id,
  ]);
  if (!allowed) throw badInput([{ field: 'optionId', message: "is not allowed on the service's tariff" }]);
  const clashes: { id: string; name: string }[] = await tx.query(
    `SELECT o.id, o.name FROM service_options so JOIN options o ON o.id = so.option_id
     WHERE so.service_id = $1 AND (o.id = $2 OR o.exclusive_group = $3)`,
    [service.id, option.id, option.exclusiveGroup],
  );
  if (clashes.some((c) => c.id === option.id))
    throw badInput([{ field: 'optionId', message: 'is connected already' }]);
  if (clashes.length > 0) {
    throw badInput([
      { field: 'optionId', message: `cannot be combined with ${clashes.map((c) => c.name).join(', ')}` },
    ]);
  }
  await tx.query('INSERT INTO service_options (service_id, option_id, connected_at) VALUES ($1, $2, $3)', [
    service.id,
    option.id,
    now,
  ]);
  await announceTariffChanged(tx, service, now);
  return service;
}

/** Disconnects an option from `now`; billing stops charging it from then. */
export async function disconnectOption(
  tx: EntityManager,
  scope: string | null,
  input: { serviceId: string; optionId: string },
  now: Date,
): Promise<Service> {
  const service = await lockActiveService(tx, input.serviceId, scope);
  if (!isUuid(input.optionId))
    throw badInput([{ field: 'optionId', message: 'is not connected on the service' }]);
  const [, removed]: [unknown, number] = await tx.query(
    'DELETE FROM service_options WHERE service_id = $1 AND option_id = $2',
    [service.id, input.optionId],
  );
  if (removed === 0) throw badInput([{ field: 'optionId', message: 'is not connected on the service' }]);
  await announceTariffChanged(tx, service, now);
  return service;
}
