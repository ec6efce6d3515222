import { moscowDate } from '@kabinet/kit';

/** 123456n → "1 234,56" (a Russian document's way; NBSP between thousands, so a number never breaks). */
export function rubles(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole},${cents}`;
}

/** Minor units as a number of roubles with two decimals (spreadsheets); exact below 2^53 kopecks. */
export const rubleNumber = (minor: bigint): number => Number(minor) / 100;

/** An instant's Moscow date, "30.11.2026". */
export const russianDate = (instant: Date): string => {
  const [y, m, d] = moscowDate(instant).split('-');
  return `${d}.${m}.${y}`;
};

/** A calendar date "2026-11-30" as "30.11.2026". */
export const russianDay = (date: string): string => date.split('-').reverse().join('.');
