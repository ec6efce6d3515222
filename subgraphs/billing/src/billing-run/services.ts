import type { EntityManager } from 'typeorm';

/**
 * Billing's record of what each account is billed for, kept from catalog's service lifecycle events (and the
 * demo seed, from the same plan). Every change is idempotent — an event applied twice changes nothing — so
 * the record converges whatever replays.
 */

export interface ActivatedService {
  serviceId: string;
  accountId: string;
  companyId: string;
  serviceKind: string;
  tariffName: string;
  monthlyFeeMinor: string;
  setupFeeMinor: string;
  at: Date;
}

/** New services: each billable from its activation at its tariff's fee. Many at once for the demo seed. */
export async function servicesActivated(tx: EntityManager, services: ActivatedService[]): Promise<void> {
  const rows = JSON.stringify(
    services.map((s) => ({
      service_id: s.serviceId,
      account_id: s.accountId,
      company_id: s.companyId,
      service_kind: s.serviceKind,
      tariff_name: s.tariffName,
      monthly_fee_minor: s.monthlyFeeMinor,
      setup_fee_minor: s.setupFeeMinor,
      activated_at: s.at.toISOString(),
    })),
  );
  await tx.query(
    `INSERT INTO billed_services (service_id, account_id, company_id, service_kind, tariff_name,
       monthly_fee_minor, setup_fee_minor, activated_at)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS s(service_id uuid, account_id uuid, company_id uuid,
       service_kind text, tariff_name text, monthly_fee_minor bigint, setup_fee_minor bigint, activated_at timestamptz)
     ON CONFLICT (service_id) DO NOTHING`,
    [rows],
  );
  await tx.query(
    `INSERT INTO service_terms (service_id, starts_at, monthly_fee_minor, tariff_name)
     SELECT b.service_id, s.activated_at, b.monthly_fee_minor, b.tariff_name
     FROM jsonb_to_recordset($1::jsonb) AS s(service_id uuid, activated_at timestamptz)
     JOIN billed_services b ON b.service_id = s.service_id
     WHERE NOT EXISTS (SELECT 1 FROM service_terms t WHERE t.service_id = b.service_id AND t.ends_at IS NULL)
     ON CONFLICT (service_id, starts_at) DO NOTHING`,
    [rows],
  );
}

/**
 * Stops billing the service from `at` (suspended, terminated, or before a new fee). A term that began at that very
 * instant (two changes at once) had no time: it goes, so the next term may begin there.
 */
export async function closeTerm(tx: EntityManager, serviceId: string, at: Date): Promise<void> {
  await tx.query('DELETE FROM service_terms WHERE service_id = $1 AND ends_at IS NULL AND starts_at = $2', [
    serviceId,
    at,
  ]);
  await tx.query(
    `UPDATE service_terms SET ends_at = greatest($2::timestamptz, starts_at)
     WHERE service_id = $1 AND ends_at IS NULL`,
    [serviceId, at],
  );
}

/** Bills the service again from `at`, at its current tariff, unless a term is open already. */
export async function openTerm(tx: EntityManager, serviceId: string, at: Date): Promise<void> {
  await tx.query(
    `INSERT INTO service_terms (service_id, starts_at, monthly_fee_minor, tariff_name)
     SELECT s.service_id, $2, s.monthly_fee_minor, s.tariff_name FROM billed_services s
     WHERE s.service_id = $1
       AND NOT EXISTS (SELECT 1 FROM service_terms t WHERE t.service_id = s.service_id AND t.ends_at IS NULL)
     ON CONFLICT (service_id, starts_at) DO NOTHING`,
    [serviceId, at],
  );
}

/**
 * A new tariff or cost from `at`: the open term ends and one at the new fee begins. A service not billed now
 * (suspended) only takes the new fee, which it is billed at once resumed.
 */
export async function tariffChanged(
  tx: EntityManager,
  change: { serviceId: string; serviceKind: string; tariffName: string; monthlyFeeMinor: string; at: Date },
): Promise<void> {
  const billed = await tx.query('SELECT 1 FROM service_terms WHERE service_id = $1 AND ends_at IS NULL', [
    change.serviceId,
  ]);
  await closeTerm(tx, change.serviceId, change.at);
  await tx.query(
    `UPDATE billed_services SET service_kind = $2, tariff_name = $3, monthly_fee_minor = $4 WHERE service_id = $1`,
    [change.serviceId, change.serviceKind, change.tariffName, change.monthlyFeeMinor],
  );
  if (billed.length > 0) await openTerm(tx, change.serviceId, change.at);
}
