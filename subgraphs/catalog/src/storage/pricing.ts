import { badInput } from '@kabinet/kit';
import type { StoragePricing } from '../data/entities';

/** One tier's share of a quota's price. */
export interface QuoteLine {
  fromGb: number;
  toGb: number;
  gb: number;
  perGbMinor: number;
  amountMinor: number;
}

/** The monthly price of `quotaGb`: each GB at its tier's price (the first 100 GB dearest, and so on). */
export function quoteStorage(
  pricing: StoragePricing,
  quotaGb: number,
): { totalMinor: number; lines: QuoteLine[] } {
  const lines: QuoteLine[] = [];
  let from = 0;
  for (const tier of pricing.tiers) {
    const to = Math.min(quotaGb, tier.upToGb ?? quotaGb);
    if (to > from)
      lines.push({
        fromGb: from + 1,
        toGb: to,
        gb: to - from,
        perGbMinor: tier.perGbMinor,
        amountMinor: (to - from) * tier.perGbMinor,
      });
    from = Math.max(from, to);
    if (from >= quotaGb) break;
  }
  return { totalMinor: lines.reduce((sum, l) => sum + l.amountMinor, 0), lines };
}

/** BAD_USER_INPUT on `field` for a quota that is not a whole number of GB within the plan's range. */
export function checkQuota(pricing: StoragePricing, quotaGb: number, field = 'quotaGb'): void {
  if (!Number.isInteger(quotaGb) || quotaGb < pricing.minGb || quotaGb > pricing.maxGb) {
    throw badInput([
      { field, message: `must be a whole number of GB from ${pricing.minGb} to ${pricing.maxGb}` },
    ]);
  }
}
