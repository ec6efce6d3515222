import { BULK_OPERATION_KINDS, type ServiceKind } from '@kabinet/contracts';
import {
  type BulkHandler,
  type BulkItem,
  badInput,
  bulkWork,
  isUuid,
  type Logger,
  preconditionFailed,
} from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Catalog } from '../runtime';
import { changeTariff } from './changes';
import { FREEZE, freezeService, unfreezeService } from './freezes';

/** The account's services in a state, optionally of one kind, oldest first. */
async function servicesOf(
  tx: EntityManager,
  item: BulkItem,
  state: { status: string; suspendedFor?: string; kind?: ServiceKind; notTariff?: string },
): Promise<string[]> {
  const rows: { id: string }[] = await tx.query(
    `SELECT s.id FROM services s JOIN tariffs t ON t.id = s.tariff_id
     WHERE s.account_id = $1 AND s.company_id = $2 AND s.status = $3
       AND ($4::text IS NULL OR s.suspended_for = $4) AND ($5::text IS NULL OR t.kind = $5)
       AND ($6::uuid IS NULL OR s.tariff_id <> $6)
     ORDER BY s.activated_at, s.id`,
    [
      item.accountId,
      item.companyId,
      state.status,
      state.suspendedFor ?? null,
      state.kind ?? null,
      state.notTariff ?? null,
    ],
  );
  return rows.map((row) => row.id);
}

/** An account with nothing the action applies to: refused with the account, so the job's report says which. */
const nothingTo = (what: string) =>
  preconditionFailed(`The account has no ${what}`, [{ field: 'accountId', message: `has no ${what}` }]);

const ofKind = (kind?: string | null) => (kind ? ` of kind ${kind}` : '');

/** Catalog's share of group operations: each applies the customer's own change to every service it concerns. */
const handlers = {
  async SUSPEND_SERVICES(tx, item) {
    const { resumeOn, serviceKind } = item.params;
    const services = await servicesOf(tx, item, { status: 'ACTIVE', kind: serviceKind });
    if (services.length === 0) throw nothingTo(`ACTIVE service${ofKind(serviceKind)} to suspend`);
    for (const serviceId of services) {
      await freezeService(tx, item.companyId, { serviceId, resumeOn: resumeOn as string }, item.now);
    }
  },
  async RESUME_SERVICES(tx, item) {
    const { serviceKind } = item.params;
    const services = await servicesOf(tx, item, {
      status: 'SUSPENDED',
      suspendedFor: FREEZE,
      kind: serviceKind,
    });
    if (services.length === 0) throw nothingTo(`frozen service${ofKind(serviceKind)} to resume`);
    for (const serviceId of services) await unfreezeService(tx, item.companyId, serviceId, item.now);
  },
  async CHANGE_TARIFF(tx, item) {
    const tariffId = item.params.tariffId as string;
    const [tariff]: { kind: ServiceKind }[] = isUuid(tariffId)
      ? await tx.query('SELECT kind FROM tariffs WHERE id = $1', [tariffId])
      : [];
    if (!tariff) throw badInput([{ field: 'tariffId', message: 'no such tariff on sale' }]);
    const services = await servicesOf(tx, item, { status: 'ACTIVE', kind: tariff.kind, notTariff: tariffId });
    if (services.length === 0) throw nothingTo(`ACTIVE ${tariff.kind} service on another tariff`);
    for (const serviceId of services) {
      await changeTariff(
        tx,
        item.companyId,
        { serviceId, tariffId, effective: item.params.effective },
        item.now,
      );
    }
  },
} satisfies Partial<Record<keyof typeof BULK_OPERATION_KINDS, BulkHandler>>;

/** Applies the group operations catalog owns, from accounts' job events (looked for at least twice a second). */
export const catalogBulkWork = (deps: { db: DataSource; log: Logger }, catalog: Catalog) =>
  bulkWork(deps, { owner: 'catalog', handlers, clock: catalog.clock, pollMs: Math.min(catalog.pollMs, 500) });
