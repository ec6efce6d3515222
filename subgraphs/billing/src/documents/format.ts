import { moscowDate } from '@kabinet/kit';

// Written once in the kit: support's notifications say amounts the same way.
export { rubles } from '@kabinet/kit';

/** Minor units as a number of roubles with two decimals (spreadsheets); exact below 2^53 kopecks. */
export const rubleNumber = (minor: bigint): number => Number(minor) / 100;

/** An instant's Moscow date, "30.11.2026". */
export const russianDate = (instant: Date): string => {
  const [y, m, d] = moscowDate(instant).split('-');
  return `${d}.${m}.${y}`;
};

/** A calendar date "2026-11-30" as "30.11.2026". */
export const russianDay = (date: string): string => date.split('-').reverse().join('.');
