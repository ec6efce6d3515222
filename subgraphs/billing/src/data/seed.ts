import { type DemoPlan, moscowMidnight, seedAccountTree, stableId } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { nextMonth } from '../billing-run/month';
import { runBilling } from '../billing-run/run';
import { closeTerm, servicesActivated } from '../billing-run/services';
import { seedDocumentData } from '../documents/requisites';
import { postEntries } from '../ledger/post-entry';

const DAY_MS = 86_400_000;

/** The demo's postpaid accounts may owe up to three months of fees before their services stop. */
const CREDIT_MONTHS = 3n;

/**
 * The demo's money history, made the way production makes it: billing's record of the plan's services (what
 * catalog's lifecycle events would bring), a few calls and some traffic each month, the monthly billing run
 * for every past month of the plan, and each account paying its invoice some days later. Repeatable: history
 * is written only for accounts new to the database, and the run bills each account once per month.
 */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  const asOf = plan.asOf ?? new Date();
  const fresh = await db.transaction((tx) => seedAccounts(tx, plan));
  const months = pastMonths(plan.months, asOf);
  await db.transaction((tx) => seedUsage(tx, plan, fresh, months));
  for (const month of months) {
    // At 06:00 Moscow on the 1st — or just now, on the 1st before six.
    const scheduled = moscowMidnight(`${nextMonth(month)}-01`).getTime() + 6 * 3_600_000;
    const runAt = new Date(Math.min(scheduled, asOf.getTime() - 60_000));
    await runBilling(db, month, runAt);
    await db.transaction((tx) => seedPayments(tx, plan, fresh, month, runAt, month === months.at(-1), asOf));
  }
  await seedAccountTree(db.manager, plan);
  await db.transaction((tx) => seedDocumentData(tx, plan));
}

/** The months before the current one the plan has history for, oldest first: "YYYY-MM". */
function pastMonths(count: number, now: Date): string[] {
  return Array.from({ length: count - 1 }, (_, i) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - (count - 1) + i, 15))
      .toISOString()
      .slice(0, 7),
  );
}

/** Billing's accounts (with a credit limit) and billed services of the plan; returns the accounts new here. */
async function seedAccounts(tx: EntityManager, plan: DemoPlan): Promise<Set<string>> {
  const tariffs = new Map(plan.tariffs.map((t) => [t.code, t]));
  const fresh = new Set<string>();
  for (const company of plan.companies) {
    const rows = company.accounts.map((account) => ({
      account_id: account.id,
      company_id: company.id,
      credit_limit_minor: String(
        CREDIT_MONTHS *
          account.services.reduce(
            (sum, s) => sum + BigInt(tariffs.get(s.tariffCode)?.monthlyFeeMinor ?? 0),
            0n,
          ),
      ),
    }));
    const added: { id: string }[] = await tx.query(
      `INSERT INTO billing_accounts (account_id, company_id, currency, credit_limit_minor)
       SELECT r.account_id, r.company_id, 'RUB', r.credit_limit_minor
       FROM jsonb_to_recordset($1::jsonb) AS r(account_id uuid, company_id uuid, credit_limit_minor bigint)
       ON CONFLICT (account_id) DO NOTHING RETURNING account_id AS id`,
      [JSON.stringify(rows)],
    );
    for (const { id } of added) fresh.add(id);
    const services = company.accounts
      .filter((account) => fresh.has(account.id))
      .flatMap((account) => account.services.map((service) => ({ account, service })));
    await servicesActivated(
      tx,
      services.flatMap(({ account, service }) => {
        const tariff = tariffs.get(service.tariffCode);
        return tariff
          ? [
              {
                serviceId: service.id,
                accountId: account.id,
                companyId: company.id,
                serviceKind: tariff.kind,
                tariffName: tariff.name,
                monthlyFeeMinor: String(tariff.monthlyFeeMinor),
                setupFeeMinor: '0',
                at: service.activatedAt,
              },
            ]
          : [];
      }),
    );
    for (const { service } of services) {
      if (service.suspendedAt) await closeTerm(tx, service.id, service.suspendedAt);
    }
  }
  return fresh;
}

/** Each month, some long-distance calls on telephony and an overage of traffic on every fifth internet service. */
async function seedUsage(tx: EntityManager, plan: DemoPlan, fresh: Set<string>, months: string[]) {
  const kinds = new Map(plan.tariffs.map((t) => [t.code, t.kind]));
  const rows: Record<string, string | number | null>[] = plan.companies.flatMap((company) =>
    company.accounts
      .filter((account) => fresh.has(account.id))
      .flatMap((account, i) =>
        account.services
          .filter((service) => !service.suspendedAt)
          .flatMap((service) =>
            months.flatMap((month): Record<string, string | number | null>[] => {
              const start = moscowMidnight(`${month}-01`).getTime();
              const common = { service_id: service.id, account_id: account.id, company_id: company.id };
              if (kinds.get(service.tariffCode) === 'TELEPHONY') {
                return [0, 1, 2].map((call) => ({
                  ...common,
                  id: stableId(`usage:${service.id}:${month}:${call}`),
                  external_id: `cdr-${month}-${call}`,
                  kind: 'CALL',
                  occurred_at: new Date(start + (3 + call * 9) * DAY_MS + (10 + i) * 60_000).toISOString(),
                  number_called: `+7495${String(1_000_000 + i * 7919 + call * 104_729).slice(-7)}`,
                  duration_seconds: 60 + ((i * 37 + call * 53) % 600),
                  volume_mb: null,
                  cost_minor: String(150 * Math.ceil((60 + ((i * 37 + call * 53) % 600)) / 60)),
                }));
              }
              if (kinds.get(service.tariffCode) === 'INTERNET' && i % 5 === 0) {
                return [
                  {
                    ...common,
                    id: stableId(`usage:${service.id}:${month}:traffic`),
                    external_id: `traffic-${month}`,
                    kind: 'TRAFFIC',
                    occurred_at: new Date(start + 20 * DAY_MS).toISOString(),
                    number_called: null,
                    duration_seconds: null,
                    volume_mb: 5_120 + i * 100,
                    cost_minor: String(50_000 + i * 1_000),
                  },
                ];
              }
              return [];
            }),
          ),
      ),
  );
  for (let i = 0; i < rows.length; i += 1_000) {
    await tx.query(
      `INSERT INTO usage_records (id, service_id, external_id, account_id, company_id, kind, occurred_at,
         number_called, duration_seconds, volume_mb, cost_minor)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, service_id uuid, external_id text, account_id uuid,
         company_id uuid, kind text, occurred_at timestamptz, number_called text, duration_seconds int,
         volume_mb bigint, cost_minor bigint)
       ON CONFLICT DO NOTHING`,
      [JSON.stringify(rows.slice(i, i + 1_000))],
    );
  }
}

/**
 * Each new account pays its invoice for `month` 4 to 13 days after the run, some a little more; every seventh
 * skips the latest, so the demo shows debts.
 */
async function seedPayments(
  tx: EntityManager,
  plan: DemoPlan,
  fresh: Set<string>,
  month: string,
  runAt: Date,
  latest: boolean,
  asOf: Date,
) {
  const invoices: { accountId: string; total: string }[] = await tx.query(
    'SELECT account_id AS "accountId", total_minor::text AS total FROM invoices WHERE month = $1',
    [month],
  );
  const totals = new Map(invoices.map((invoice) => [invoice.accountId, BigInt(invoice.total)]));
  const byDay = new Map<number, { accountId: string; amountMinor: bigint }[]>();
  for (const company of plan.companies) {
    company.accounts.forEach((account, i) => {
      const total = totals.get(account.id);
      if (!fresh.has(account.id) || !total || (latest && i % 7 === 3)) return;
      const day = 4 + (i % 10);
      byDay.set(day, [
        ...(byDay.get(day) ?? []),
        { accountId: account.id, amountMinor: total + BigInt(i % 4) * 10_000n },
      ]);
    });
  }
  for (const [day, payments] of byDay) {
    // History only: early in a month, last month's invoices are paid just before now rather than in the future.
    const paidAt = new Date(Math.min(runAt.getTime() + day * DAY_MS, asOf.getTime() - 30_000));
    await postEntries(
      tx,
      null,
      payments.map((payment) => ({
        ...payment,
        kind: 'PAYMENT',
        description: 'Оплата по платёжному поручению',
      })),
      paidAt,
    );
  }
}
