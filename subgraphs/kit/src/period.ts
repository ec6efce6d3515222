import { badInput } from './core/errors';

/**
 * Business days are Moscow days: a statement "for 1–30 November" means Moscow midnight to Moscow midnight.
 * Moscow has kept UTC+3 all year since 2014, so a fixed offset is exact for every date the cabinet holds.
 */
export const BUSINESS_TIME_ZONE = 'Europe/Moscow';
const MOSCOW_OFFSET_MS = 3 * 3_600_000;
const DAY_MS = 86_400_000;

/** The longest period one statement, statistic or document may cover: three years. */
export const MAX_PERIOD_DAYS = 3 * 366;

/** A `PeriodInput`: calendar dates "YYYY-MM-DD", both included. The Date scalar has checked each. */
export interface Period {
  from: string;
  to: string;
}

/** A period as instants: from `from`'s Moscow midnight up to (not including) the midnight after `to`. */
export interface PeriodRange {
  from: Date;
  until: Date;
}

/** The instant a Moscow calendar day starts. */
export const moscowMidnight = (date: string): Date =>
  new Date(Date.parse(`${date}T00:00:00Z`) - MOSCOW_OFFSET_MS);

/** The Moscow calendar date of an instant, "YYYY-MM-DD". */
export const moscowDate = (instant: Date): string =>
  new Date(instant.getTime() + MOSCOW_OFFSET_MS).toISOString().slice(0, 10);

/** The Moscow calendar date `days` after `date`. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);

/**
 * Checks a period and turns it into instants: `from` after `to`, or longer than `MAX_PERIOD_DAYS`, is a
 * BAD_USER_INPUT naming `field.from` / `field.to`.
 */
export function periodRange(period: Period, field = 'period'): PeriodRange {
  const from = moscowMidnight(period.from);
  const until = moscowMidnight(addDays(period.to, 1));
  if (from >= until) throw badInput([{ field: `${field}.from`, message: 'must not be after `to`' }]);
  if (until.getTime() - from.getTime() > MAX_PERIOD_DAYS * DAY_MS) {
    throw badInput([{ field: `${field}.to`, message: `the period must be at most ${MAX_PERIOD_DAYS} days` }]);
  }
  return { from, until };
}
