import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/**
 * Catalog, as a connected service lives: activated, moved to another tariff, suspended, resumed, terminated.
 * Billing keeps its own record of what each account is billed for, and from when, from these alone. `at` is
 * when the change took effect; billing prorates by it.
 */
export const SERVICE_ACTIVATED = 'ServiceActivated';
export const SERVICE_TARIFF_CHANGED = 'ServiceTariffChanged';
export const SERVICE_SUSPENDED = 'ServiceSuspended';
export const SERVICE_RESUMED = 'ServiceResumed';
export const SERVICE_TERMINATED = 'ServiceTerminated';

/** What a tariff provides. */
export const SERVICE_KINDS = [
  'TELEPHONY',
  'INTERNET',
  'MOBILE',
  'VIRTUAL_PBX',
  'FREEPHONE',
  'CLOUD_STORAGE',
  'VIDEO_SURVEILLANCE',
  'WEB_CONFERENCE',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

const change = {
  serviceId: uuid,
  accountId: uuid,
  companyId: uuid,
  at: instant,
};

/**
 * The tariff a service runs on, as billing charges it. `monthlyFeeMinor` is what the service costs a month in
 * all: the tariff's fee with its options (or, for cloud storage, the price of its quota). A change of options or
 * quota is announced as a ServiceTariffChanged with the same tariff and the new fee.
 */
const tariff = {
  tariffId: uuid,
  tariffCode: z.string(),
  tariffName: z.string(),
  serviceKind: z.enum(SERVICE_KINDS),
  monthlyFeeMinor: minorUnits,
};

export const serviceActivated = z.looseObject({
  ...change,
  ...tariff,
  /** Charged once, in the billing run of the month of activation. */
  setupFeeMinor: minorUnits,
  /** The operator's region the service is in (MOSCOW, KAZAN, …); absent in events older than regions. */
  region: z.string().nullable().optional(),
});
export type ServiceActivatedPayload = z.infer<typeof serviceActivated>;

export const serviceTariffChanged = z.looseObject({ ...change, ...tariff });
export type ServiceTariffChangedPayload = z.infer<typeof serviceTariffChanged>;

export const serviceSuspended = z.looseObject({ ...change, reason: z.string().nullable() });
export type ServiceSuspendedPayload = z.infer<typeof serviceSuspended>;

export const serviceResumed = z.looseObject(change);
export type ServiceResumedPayload = z.infer<typeof serviceResumed>;

export const serviceTerminated = z.looseObject(change);
export type ServiceTerminatedPayload = z.infer<typeof serviceTerminated>;
