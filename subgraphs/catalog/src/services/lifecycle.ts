import {
  SERVICE_ACTIVATED,
  SERVICE_RESUMED,
  SERVICE_SUSPENDED,
  SERVICE_TARIFF_CHANGED,
  SERVICE_TERMINATED,
  type ServiceActivatedPayload,
  type ServiceKind,
  type ServiceTariffChangedPayload,
} from '@kabinet/contracts';
import { companyStream, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

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

/** Announces services as activated, each with its tariff and activation time, e.g. when connected or seeded. */
export async function announceActivated(tx: EntityManager, serviceIds: string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  const rows: (ServiceRef & {
    activatedAt: Date;
    tariffId: string;
    tariffCode: string;
    tariffName: string;
    kind: ServiceKind;
    fee: string;
  })[] = await tx.query(
    `SELECT s.id, s.account_id AS "accountId", s.company_id AS "companyId", s.activated_at AS "activatedAt",
       t.id AS "tariffId", t.code AS "tariffCode", t.name AS "tariffName", t.kind, t.monthly_fee_minor::text AS fee
     FROM services s JOIN tariffs t ON t.id = s.tariff_id WHERE s.id = ANY($1::uuid[]) ORDER BY s.id`,
    [serviceIds],
  );
  await publishMany(
    tx,
    rows.map((row) =>
      eventOf(SERVICE_ACTIVATED, row, row.activatedAt, {
        tariffId: row.tariffId,
        tariffCode: row.tariffCode,
        tariffName: row.tariffName,
        serviceKind: row.kind,
        monthlyFeeMinor: row.fee,
        setupFeeMinor: '0',
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

/** Suspends an account's ACTIVE services for `reason`, announcing each. */
export async function suspendAccountServices(tx: EntityManager, accountId: string, reason: string, at: Date) {
  const [suspended]: [ServiceRef[], number] = await tx.query(
    `UPDATE services SET status = 'SUSPENDED', suspended_for = $2
     WHERE account_id = $1 AND status = 'ACTIVE' RETURNING ${SERVICE_REF}`,
    [accountId, reason],
  );
  await announceSuspended(tx, suspended, reason, at);
}

/** Resumes the account's services suspended for `reason` (and no others), announcing each. */
export async function resumeAccountServices(tx: EntityManager, accountId: string, reason: string, at: Date) {
  const [resumed]: [ServiceRef[], number] = await tx.query(
    `UPDATE services SET status = 'ACTIVE', suspended_for = NULL
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

/** Announces a service moved to another tariff at `at`. */
export const announceTariffChanged = (
  tx: EntityManager,
  service: ServiceRef,
  tariff: { id: string; code: string; name: string; kind: ServiceKind; monthlyFeeMinor: string },
  at: Date,
) =>
  publishMany(tx, [
    eventOf(SERVICE_TARIFF_CHANGED, service, at, {
      tariffId: tariff.id,
      tariffCode: tariff.code,
      tariffName: tariff.name,
      serviceKind: tariff.kind,
      monthlyFeeMinor: tariff.monthlyFeeMinor,
    } satisfies Partial<ServiceTariffChangedPayload>),
  ]);

/** Announces a service disconnected for good at `at`. */
export const announceTerminated = (tx: EntityManager, service: ServiceRef, at: Date) =>
  publishMany(tx, [eventOf(SERVICE_TERMINATED, service, at)]);
