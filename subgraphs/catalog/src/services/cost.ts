import type { EntityManager } from 'typeorm';
import type { StoragePricing } from '../data/entities';
import { quoteStorage } from '../storage/pricing';

/**
 * What a service costs a month, in all: its tariff's fee in its region — or, for a storage plan priced by quota, the price of
 * its quota — plus its options and its 8-800 number's category. Billing charges this figure (announced with
 * every change of it), and the cabinet shows it.
 */
export async function monthlyCosts(db: Pick<EntityManager, 'query'>, serviceIds: readonly string[]) {
  const rows: {
    id: string;
    fee: string;
    pricing: StoragePricing | null;
    quota: number | null;
    extras: string;
  }[] = await db.query(
    `SELECT s.id, coalesce(rp.monthly_fee_minor, t.monthly_fee_minor)::text AS fee, t.storage_pricing AS pricing, s.quota_gb AS quota,
       (coalesce((SELECT sum(o.monthly_fee_minor) FROM service_options so JOIN options o ON o.id = so.option_id
                  WHERE so.service_id = s.id), 0)
        + coalesce((SELECT n.price_minor FROM freephone_numbers n WHERE n.service_id = s.id AND n.state = 'TAKEN'), 0)
       )::text AS extras
     FROM services s JOIN tariffs t ON t.id = s.tariff_id
       LEFT JOIN tariff_region_prices rp ON rp.tariff_id = t.id AND rp.region = s.region
     WHERE s.id = ANY($1::uuid[])`,
    [serviceIds],
  );
  return new Map(
    rows.map((r) => {
      const base = r.pricing && r.quota ? BigInt(quoteStorage(r.pricing, r.quota).totalMinor) : BigInt(r.fee);
      return [r.id, base + BigInt(r.extras)] as const;
    }),
  );
}
