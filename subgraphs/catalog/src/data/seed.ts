import { type DemoPlan, seedAccountTree, stableId } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { CATEGORY_PRICE_MINOR, categoryOf, poolNumbers } from '../freephone/categories';
import { announceActivated, announceSuspended } from '../services/lifecycle';
import { Order, Service, Tariff } from './entities';
import {
  CATALOG_OPTIONS,
  CATALOG_TARIFFS,
  type CatalogTariff,
  DEMO_TARIFF_DETAILS,
  FREEPHONE_TEST_TARIFF,
  REGIONAL_PRICES,
} from './offerings';
import { regionOf } from './regions';

/** Numbers in the seeded 8-800 pool. */
export const FREEPHONE_POOL_SIZE = 3_000;

/** The offerings, options and 8-800 pool; the services and orders of demo accounts. Repeatable. */
export async function seed(db: DataSource, plan: DemoPlan): Promise<void> {
  await db.transaction(async (tx) => {
    await seedOfferings(tx, plan);
    for (const company of plan.companies) await seedCompany(tx, plan, company);
  });
  await seedAccountTree(db.manager, plan);
}

async function seedOfferings(tx: EntityManager, plan: DemoPlan) {
  const demo: CatalogTariff[] = plan.tariffs.map((t) => ({
    ...t,
    ...DEMO_TARIFF_DETAILS[t.code],
    lifecycle: 'LAUNCHED',
  }));
  const tariffs = [...demo, ...CATALOG_TARIFFS, FREEPHONE_TEST_TARIFF];
  await tx
    .createQueryBuilder()
    .insert()
    .into(Tariff)
    .values(
      tariffs.map((t) => ({
        id: t.id,
        code: t.code,
        name: t.name,
        description: t.description,
        kind: t.kind,
        monthlyFeeMinor: String(t.monthlyFeeMinor),
        setupFeeMinor: String(t.setupFeeMinor),
        currency: 'RUB',
        regions: t.regions,
        included: t.included,
        lifecycle: t.lifecycle,
        storagePricing: t.storagePricing ?? null,
      })),
    )
    .orIgnore()
    .execute();
  await tx.query(
    `INSERT INTO options (id, code, name, description, kind, monthly_fee_minor, exclusive_group)
     SELECT * FROM jsonb_to_recordset($1::jsonb) AS o(id uuid, code text, name text, description text, kind text,
       "monthlyFeeMinor" bigint, "exclusiveGroup" text)
     ON CONFLICT DO NOTHING`,
    [JSON.stringify(CATALOG_OPTIONS)],
  );
  await tx.query(
    `INSERT INTO tariff_options (tariff_id, option_id)
     SELECT t.id, o.option_id FROM jsonb_to_recordset($1::jsonb) AS o(option_id uuid, code text)
     JOIN tariffs t ON t.code = o.code ON CONFLICT DO NOTHING`,
    [JSON.stringify(CATALOG_OPTIONS.flatMap((o) => o.tariffs.map((code) => ({ option_id: o.id, code }))))],
  );
  await tx.query(
    `INSERT INTO tariff_region_prices (tariff_id, region, monthly_fee_minor)
     SELECT t.id, p.region, p."monthlyFeeMinor" FROM jsonb_to_recordset($1::jsonb) AS p(code text, region text,
       "monthlyFeeMinor" bigint)
     JOIN tariffs t ON t.code = p.code ON CONFLICT DO NOTHING`,
    [JSON.stringify(REGIONAL_PRICES)],
  );
  await tx.query(
    `INSERT INTO company_regions (company_id, region) SELECT * FROM unnest($1::uuid[], $2::text[])
     ON CONFLICT DO NOTHING`,
    [plan.companies.map((c) => c.id), plan.companies.map((c) => regionOf(c.legalAddress))],
  );
  const numbers = poolNumbers(FREEPHONE_POOL_SIZE);
  const categories = numbers.map(categoryOf);
  await tx.query(
    `INSERT INTO freephone_numbers (number, category, price_minor)
     SELECT * FROM unnest($1::text[], $2::text[], $3::bigint[]) ON CONFLICT DO NOTHING`,
    [numbers, categories, categories.map((category) => CATEGORY_PRICE_MINOR[category])],
  );
}

/** What the customer knows a demo service by. */
const identifierOf = (kind: string, accountIndex: number, serviceIndex: number, city: string) =>
  kind === 'TELEPHONY'
    ? `+7 495 ${String(2000000 + accountIndex * 7 + serviceIndex).replace(/(\d{3})(\d{2})(\d{2})/, '$1-$2-$3')}`
    : kind === 'INTERNET'
      ? `${city}, ул. Тверская, д. ${accountIndex + 1}`
      : kind === 'FREEPHONE'
        ? `8-800-100-${String(accountIndex)
            .padStart(4, '0')
            .replace(/(\d{2})(\d{2})/, '$1-$2')}`
        : `storage-${accountIndex + 1}`;

async function seedCompany(tx: EntityManager, plan: DemoPlan, company: DemoPlan['companies'][number]) {
  const tariffs = new Map(plan.tariffs.map((t) => [t.code, t]));
  const services = company.accounts.flatMap((account, a) =>
    account.services.map((service, s) => {
      const tariff = tariffs.get(service.tariffCode) as DemoPlan['tariffs'][number];
      return {
        id: service.id,
        accountId: account.id,
        companyId: company.id,
        tariffId: tariff.id,
        status: (service.suspendedAt ? 'SUSPENDED' : 'ACTIVE') as Service['status'],
        activatedAt: service.activatedAt,
        identifier: identifierOf(tariff.kind, a, s, 'г. Москва'),
        region: 'MOSCOW',
        quotaGb: tariff.kind === 'CLOUD_STORAGE' ? 1024 : null,
        usedGb: tariff.kind === 'CLOUD_STORAGE' ? 100 + ((a * 37) % 600) : 0,
      };
    }),
  );
  const suspendedAt = new Map(
    company.accounts.flatMap((account) => account.services.map((s) => [s.id, s.suspendedAt] as const)),
  );
  // Only services new to the database are announced, so seeding again publishes nothing twice.
  // In slices: one INSERT may carry at most 65,535 parameters.
  const added = new Set<string>();
  for (let i = 0; i < services.length; i += 5_000) {
    const slice = services.slice(i, i + 5_000);
    const inserted = await tx
      .createQueryBuilder()
      .insert()
      .into(Service)
      .values(slice)
      .orIgnore()
      .returning('id')
      .execute();
    for (const row of inserted.raw as { id: string }[]) added.add(row.id);
  }
  await announceActivated(tx, [...added]);
  for (const service of services.filter((s) => added.has(s.id))) {
    const at = suspendedAt.get(service.id);
    if (at) await announceSuspended(tx, [service], null, at);
  }
  // Every fifth account has an upgrade to the faster internet tariff on its way.
  const net500 = tariffs.get('NET-500') as DemoPlan['tariffs'][number];
  const orders = company.accounts
    .filter((_, i) => i % 5 === 0)
    .map((account, i) => ({
      id: stableId(`order:${account.id}`),
      accountId: account.id,
      companyId: company.id,
      tariffId: net500.id,
      status: (i % 2 === 0 ? 'IN_PROGRESS' : 'ACKNOWLEDGED') as Order['status'],
      statusReason: null,
      contactName: company.admin.fullName,
      contactPhone: '+79161234567',
      comment: null,
      createdAt: new Date(Date.UTC(2026, 10, 1 + (i % 20))),
      updatedAt: new Date(Date.UTC(2026, 10, 1 + (i % 20))),
    }));
  if (orders.length === 0) return;
  const inserted = await tx
    .createQueryBuilder()
    .insert()
    .into(Order)
    .values(orders)
    .orIgnore()
    .returning('id')
    .execute();
  const freshIds = new Set((inserted.raw as { id: string }[]).map((r) => r.id));
  const fresh = orders.filter((o) => freshIds.has(o.id));
  await tx.query(
    `INSERT INTO order_items (order_id, position, tariff_id, region, address, quantity)
     SELECT id, 0, $2, 'MOSCOW', 'г. Москва, ул. Тверская, д. 1, офис ' || n, 1
     FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n)`,
    [fresh.map((o) => o.id), net500.id],
  );
  await tx.query(
    `INSERT INTO order_history (order_id, status, at, actor_kind)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::timestamptz[]) AS h, (VALUES ('CUSTOMER')) AS k`,
    [fresh.map((o) => o.id), fresh.map((o) => o.status), fresh.map((o) => o.createdAt)],
  );
}
