import { moscowDate } from '@kabinet/kit';
import type { Tariff } from './entities';

/** Whether a tariff is sold on the day of `now` (Moscow): launched, and within its validity dates if it has them. */
export function isOnSale(tariff: Tariff, now: Date): boolean {
  if (tariff.lifecycle !== 'LAUNCHED') return false;
  const today = moscowDate(now);
  return (!tariff.validFrom || tariff.validFrom <= today) && (!tariff.validTo || tariff.validTo >= today);
}

/** The SQL twin of `isOnSale` for the tariffs aliased `t`, with the day as `:today`. */
export const ON_SALE_SQL =
  "t.lifecycle = 'LAUNCHED' AND (t.valid_from IS NULL OR t.valid_from <= :today) AND (t.valid_to IS NULL OR t.valid_to >= :today)";
