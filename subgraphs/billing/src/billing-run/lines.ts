import { groupKeys } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type BillingMonth, monthName } from './month';

/** One line of a month's invoice: a charge the run posts. */
export interface InvoiceLine {
  accountId: string;
  serviceId: string;
  serviceKind: string;
  description: string;
  amountMinor: bigint;
  /** Subscription fees: the days billed of the month's days (prorated when fewer). */
  days: number | null;
}

/** fee × days / monthDays in kopecks, half up: a service active part of the month pays for its days. */
export const prorate = (feeMinor: bigint, days: number, monthDays: number): bigint =>
  (feeMinor * BigInt(days) * 2n + BigInt(monthDays)) / (2n * BigInt(monthDays));

/**
 * Subscription fees: each term of a service overlapping the month, for its Moscow days in the month (the day
 * a term starts counts, the day it ends does not).
 */
async function feeLines(tx: EntityManager, accountIds: string[], m: BillingMonth): Promise<InvoiceLine[]> {
  const rows: {
    accountId: string;
    serviceId: string;
    kind: string;
    tariff: string;
    fee: string;
    days: number;
  }[] = await tx.query(
    `SELECT s.account_id AS "accountId", s.service_id AS "serviceId", s.service_kind AS kind,
         t.tariff_name AS tariff, t.monthly_fee_minor::text AS fee,
         ((least(coalesce(t.ends_at, $3), $3) AT TIME ZONE 'Europe/Moscow')::date
           - (greatest(t.starts_at, $2) AT TIME ZONE 'Europe/Moscow')::date) AS days
       FROM service_terms t JOIN billed_services s ON s.service_id = t.service_id
       WHERE s.account_id = ANY($1::uuid[]) AND t.starts_at < $3 AND (t.ends_at IS NULL OR t.ends_at > $2)
       ORDER BY s.account_id, s.service_id, t.starts_at`,
    [accountIds, m.start, m.finish],
  );
  return rows
    .filter((row) => row.days > 0)
    .map((row) => ({
      accountId: row.accountId,
      serviceId: row.serviceId,
      serviceKind: row.kind,
      description:
        `Абонентская плата «${row.tariff}» за ${monthName(m.month)}` +
        (row.days < m.days ? ` (${row.days} из ${m.days} дн.)` : ''),
      amountMinor: prorate(BigInt(row.fee), row.days, m.days),
      days: row.days,
    }));
}

/** One-off setup fees of services activated by the month's end and not yet charged. */
async function setupLines(tx: EntityManager, accountIds: string[], m: BillingMonth): Promise<InvoiceLine[]> {
  // An UPDATE … RETURNING answers [rows, count].
  const [rows]: [
    { accountId: string; serviceId: string; kind: string; tariff: string; fee: string }[],
    number,
  ] = await tx.query(
    `UPDATE billed_services SET setup_billed = true
       WHERE account_id = ANY($1::uuid[]) AND NOT setup_billed AND setup_fee_minor > 0 AND activated_at < $2
       RETURNING account_id AS "accountId", service_id AS "serviceId", service_kind AS kind,
         tariff_name AS tariff, setup_fee_minor::text AS fee`,
    [accountIds, m.finish],
  );
  return rows.map((row) => ({
    accountId: row.accountId,
    serviceId: row.serviceId,
    serviceKind: row.kind,
    description: `Подключение «${row.tariff}»`,
    amountMinor: BigInt(row.fee),
    days: null,
  }));
}

const USAGE_NAMES: Record<string, string> = {
  CALL: 'Междугородные и мобильные звонки',
  TRAFFIC: 'Трафик сверх тарифа',
};

/** Usage not yet charged that happened before the month's end, summed per service and kind; marked billed. */
async function usageLines(tx: EntityManager, accountIds: string[], m: BillingMonth): Promise<InvoiceLine[]> {
  const rows: {
    accountId: string;
    serviceId: string;
    kind: string;
    usage: string;
    cost: string;
    records: number;
  }[] = await tx.query(
    `WITH billed AS (
         UPDATE usage_records SET billed_month = $3
         WHERE account_id = ANY($1::uuid[]) AND billed_month IS NULL AND occurred_at < $2
         RETURNING account_id, service_id, kind, cost_minor
       )
       SELECT b.account_id AS "accountId", b.service_id AS "serviceId", s.service_kind AS kind, b.kind AS usage,
         sum(b.cost_minor)::text AS cost, count(*)::int AS records
       FROM billed b JOIN billed_services s ON s.service_id = b.service_id
       GROUP BY 1, 2, 3, 4 ORDER BY 1, 2, 4`,
    [accountIds, m.finish, m.month],
  );
  return rows
    .filter((row) => BigInt(row.cost) > 0n)
    .map((row) => ({
      accountId: row.accountId,
      serviceId: row.serviceId,
      serviceKind: row.kind,
      description: `${USAGE_NAMES[row.usage]} за ${monthName(m.month)}, по детализации (${row.records})`,
      amountMinor: BigInt(row.cost),
      days: null,
    }));
}

/** Everything the month's run charges the accounts, per account in a stable order. */
export async function monthLines(
  tx: EntityManager,
  accountIds: string[],
  m: BillingMonth,
): Promise<Map<string, InvoiceLine[]>> {
  const lines = [
    ...(await feeLines(tx, accountIds, m)),
    ...(await setupLines(tx, accountIds, m)),
    ...(await usageLines(tx, accountIds, m)),
  ];
  return new Map(groupKeys(lines, (line) => line.accountId).map((own) => [own[0].accountId, own]));
}
