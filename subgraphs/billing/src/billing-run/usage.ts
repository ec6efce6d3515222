import { randomUUID } from 'node:crypto';
import { companyScopeSql, isUuid, type PeriodRange, type Viewer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { afterCursor, lateralPages, type PageKey } from '../statements/lateral-pages';

export interface NewUsage {
  serviceId: string;
  externalId: string;
  kind: 'CALL' | 'TRAFFIC';
  occurredAt: Date;
  numberCalled: string | null;
  durationSeconds: number | null;
  volumeMb: number | null;
  costMinor: bigint;
}

/**
 * Stores usage records of known services, each once per service and external id; returns how many were new.
 * The services' accounts come from billing's own record of services. Unknown services are the caller's to
 * refuse first (see `unknownServices`).
 */
export async function storeUsage(tx: EntityManager, records: NewUsage[]): Promise<number> {
  const stored: unknown[] = await tx.query(
    `INSERT INTO usage_records (id, service_id, external_id, account_id, company_id, kind, occurred_at,
       number_called, duration_seconds, volume_mb, cost_minor)
     SELECT r.id, r.service_id, r.external_id, s.account_id, s.company_id, r.kind, r.occurred_at, r.number_called,
       r.duration_seconds, r.volume_mb, r.cost_minor
     FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, service_id uuid, external_id text, kind text,
       occurred_at timestamptz, number_called text, duration_seconds int, volume_mb bigint, cost_minor bigint)
     JOIN billed_services s ON s.service_id = r.service_id
     ON CONFLICT (service_id, external_id) DO NOTHING
     RETURNING id`,
    [
      JSON.stringify(
        records.map((r) => ({
          id: randomUUID(),
          service_id: r.serviceId,
          external_id: r.externalId,
          kind: r.kind,
          occurred_at: r.occurredAt.toISOString(),
          number_called: r.numberCalled,
          duration_seconds: r.durationSeconds,
          volume_mb: r.volumeMb,
          cost_minor: String(r.costMinor),
        })),
      ),
    ],
  );
  return stored.length;
}

/** The ids among `serviceIds` billing has no record of. */
export async function unknownServices(
  db: Pick<EntityManager, 'query'>,
  serviceIds: string[],
): Promise<Set<string>> {
  const valid = [...new Set(serviceIds.filter(isUuid))];
  const known: { id: string }[] = await db.query(
    'SELECT service_id AS id FROM billed_services WHERE service_id = ANY($1::uuid[])',
    [valid],
  );
  const found = new Set(known.map((k) => k.id));
  return new Set(serviceIds.filter((id) => !found.has(id)));
}

export interface UsageRow {
  id: string;
  serviceId: string;
  kind: string;
  occurredAt: Date;
  numberCalled: string | null;
  durationSeconds: number | null;
  volumeMb: number | null;
  costMinor: string;
}

/** A page of usage: of an account over a period, or of an invoice (what its run billed). */
export interface UsageKey extends PageKey {
  /** ownerId is an account with `period`, or an invoice without. */
  period: PeriodRange | null;
}

const USAGE_COLUMNS = `u.id, u.service_id AS "serviceId", u.kind, u.occurred_at AS "occurredAt",
  u.number_called AS "numberCalled", u.duration_seconds AS "durationSeconds", u.volume_mb::int AS "volumeMb",
  u.cost_minor::text AS "costMinor"`;

/** Pages of usage records, newest first, of many accounts (over a period) or invoices. */
export const usagePagesLoader = (db: DataSource, viewer: Viewer | null) =>
  lateralPages<UsageKey, UsageRow>(
    (k) =>
      `${k.first}#${k.period ? `${k.period.from.toISOString()}/${k.period.until.toISOString()}` : 'invoice'}`,
    (group, params) => {
      const { first, period } = group[0];
      // An invoice's usage is its account's records billed in its month.
      const owner = period
        ? `SELECT a.account_id, a.company_id, NULL::text AS month FROM billing_accounts a WHERE a.account_id = q.owner`
        : `SELECT i.account_id, i.company_id, i.month FROM invoices i WHERE i.id = q.owner`;
      const scope = companyScopeSql(viewer, { company: 'o.company_id', account: 'o.account_id' }, 7);
      return db.query(
        `SELECT q.key, p.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) WITH ORDINALITY
           AS q(owner, after_at, after_id, key)
         CROSS JOIN LATERAL (${owner}) o
         CROSS JOIN LATERAL (
           SELECT ${USAGE_COLUMNS} FROM usage_records u
           WHERE u.account_id = o.account_id
             AND (o.month IS NULL OR u.billed_month = o.month)
             AND ($4::timestamptz IS NULL OR (u.occurred_at >= $4 AND u.occurred_at < $5))
             AND ${afterCursor('u.occurred_at', 'u.id')}
           ORDER BY u.occurred_at DESC, u.id DESC LIMIT $6
         ) p
         WHERE ${scope.sql}`,
        [...params, period?.from ?? null, period?.until ?? null, first + 1, ...scope.params],
      );
    },
  );
