import {
  SERVICE_ACTIVATED,
  SERVICE_RESUMED,
  SERVICE_SUSPENDED,
  SERVICE_TARIFF_CHANGED,
  SERVICE_TERMINATED,
  type ServiceActivatedPayload,
  type ServiceKind,
  type ServiceTariffChangedPayload,
  TEST_PERIOD_ENDING,
  type TestPeriodEndingPayload,
} from '@kabinet/contracts';
import { companyStream, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { monthlyCosts } from './cost';

/**
 * Every change of a service's life is published (see the contracts' service lifecycle): billing bills from
 * these events alone. Changes go through here, so none is made without its event.
 */

export interface ServiceRef {
  id: string;
  accountId: string;
  companyId: string;
}

const eventOf = (type: string, service: ServiceRef, at: Date, extra: Record<string, unknown> = {}) => ({
  stream: companyStream(service.companyId),
  type,
  companyId: service.companyId,
  payload: {
    serviceId: service.id,
    accountId: service.accountId,
    companyId: service.companyId,
    at: at.toISOString(),
    ...extra,
  },
});

interface TariffOfService extends ServiceRef {
  activatedAt: Date;
  region: string | null;
  tariffId: string;
  tariffCode: string;
  tariffName: string;
  kind: ServiceKind;
  setupFee: string;
}

/** The services with their tariffs and what each costs a month in all, as billing is told. */
async function tariffsOf(tx: EntityManager, serviceIds: string[]) {
  const rows: TariffOfService[] = await tx.query(
    `SELECT s.id, s.account_id AS "accountId", s.company_id AS "companyId", s.activated_at AS "activatedAt", s.region,
       t.id AS "tariffId", t.code AS "tariffCode", t.name AS "tariffName", t.kind,
       t.setup_fee_minor::text AS "setupFee"
     FROM services s JOIN tariffs t ON t.id = s.tariff_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.id`,
    [serviceIds],
  );
  const costs = await monthlyCosts(tx, serviceIds);
  return rows.map((row) => ({
    row,
    tariff: {
      tariffId: row.tariffId,
      tariffCode: row.tariffCode,
      tariffName: row.tariffName,
      serviceKind: row.kind,
      monthlyFeeMinor: String(costs.get(row.id) ?? 0n),
    },
  }));
}

/** Announces services as activated, each with its tariff, cost and activation time, e.g. when connected or seeded. */
export async function announceActivated(tx: EntityManager, serviceIds: string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  await publishMany(
    tx,
    (await tariffsOf(tx, serviceIds)).map(({ row, tariff }) =>
      eventOf(SERVICE_ACTIVATED, row, row.activatedAt, {
        ...tariff,
        setupFeeMinor: row.setupFee,
        region: row.region,
      } satisfies Partial<ServiceActivatedPayload>),
    ),
  );
}

const SERVICE_REF = 'id, account_id AS "accountId", company_id AS "companyId"';

/** Announces services as suspended at `at`. */
export const announceSuspended = (
  tx: EntityManager,
  services: ServiceRef[],
  reason: string | null,
  at: Date,
) =>
  publishMany(
    tx,
    services.map((service) => eventOf(SERVICE_SUSPENDED, service, at, { reason })),
  );

/** Suspends an account's working services (ACTIVE or PENDING_TERMINATE) for `reason`, announcing each. */
export async function suspendAccountServices(tx: EntityManager, accountId: string, reason: string, at: Date) {
  const [suspended]: [ServiceRef[], number] = await tx.query(
    `UPDATE services SET status = 'SUSPENDED', suspended_for = $2
     WHERE account_id = $1 AND status IN ('ACTIVE', 'PENDING_TERMINATE') RETURNING ${SERVICE_REF}`,
    [accountId, reason],
  );
  await announceSuspended(tx, suspended, reason, at);
}

/**
 * Resumes the account's services suspended for `reason` (and no others), announcing each; one with a disconnection
 * planned is PENDING_TERMINATE again.
 */
export async function resumeAccountServices(tx: EntityManager, accountId: string, reason: string, at: Date) {
  const [resumed]: [ServiceRef[], number] = await tx.query(
    `UPDATE services s SET suspended_for = NULL, status = CASE WHEN EXISTS (
         SELECT 1 FROM planned_changes p WHERE p.service_id = s.id AND p.kind = 'TERMINATE' AND p.applied_at IS NULL)
       THEN 'PENDING_TERMINATE' ELSE 'ACTIVE' END
     WHERE account_id = $1 AND status = 'SUSPENDED' AND suspended_for = $2 RETURNING ${SERVICE_REF}`,
    [accountId, reason],
  );
  await announceResumed(tx, resumed, at);
}

/** Announces services as resumed at `at`. */
export const announceResumed = (tx: EntityManager, services: ServiceRef[], at: Date) =>
  publishMany(
    tx,
    services.map((service) => eventOf(SERVICE_RESUMED, service, at)),
  );

/**
 * Announces what a service costs from `at`, after its tariff, options or quota changed (already written): billing
 * charges the old cost up to `at` and the new one after.
 */
export async function announceTariffChanged(tx: EntityManager, service: ServiceRef, at: Date) {
  const [{ tariff }] = await tariffsOf(tx, [service.id]);
  await publishMany(tx, [
    eventOf(SERVICE_TARIFF_CHANGED, service, at, tariff satisfies Partial<ServiceTariffChangedPayload>),
  ]);
}

/** Announces that the test period of an 8-800 number ends on `endsOn` (its last day). */
export const announceTestPeriodEnding = (
  tx: EntityManager,
  service: ServiceRef,
  number: string,
  endsOn: string,
  at: Date,
) =>
  publishMany(tx, [
    eventOf(TEST_PERIOD_ENDING, service, at, { number, endsOn } satisfies Partial<TestPeriodEndingPayload>),
  ]);

/** Announces a service disconnected for good at `at`. */
export const announceTerminated = (tx: EntityManager, service: ServiceRef, at: Date) =>
  publishMany(tx, [eventOf(SERVICE_TERMINATED, service, at)]);
