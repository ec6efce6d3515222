import { addDays, moscowDate, moscowMidnight } from '@kabinet/kit';
import { DUE_DAY } from '../statements/due-date';

/** How long a promised payment lasts before it must have been repaid. */
export const PROMISED_PAYMENT_DAYS = 7;
export const PROMISED_PAYMENT_MS = PROMISED_PAYMENT_DAYS * 86_400_000;

/** How many months back an overdue debt (or a reversed promised payment) bars a new promised payment. */
export const HISTORY_MONTHS = 3;

/** How long a promised payment reversed unpaid bars new ones (and flags the account). */
export const REVERSAL_BAR_MONTHS = HISTORY_MONTHS;

/** The cap for an account with no charges in the last three months: 1,000.00 roubles. */
export const NEW_ACCOUNT_CAP_MINOR = 100_000n;

const monthStart = (year: number, month: number) => {
  const date = new Date(Date.UTC(year, month - 1, 1));
  return date.toISOString().slice(0, 10);
};

/**
 * The instants an account's balance is judged at for overdue debt: the end (Moscow) of the due day, the
 * 20th, of each of the last three months whose 20th has ended by `now`. Every charge made up to a due day
 * is due by the end of it, so a negative balance at that instant is a debt overdue from the next day.
 */
export function overdueCheckpoints(now: Date): Date[] {
  const [year, month] = moscowDate(now).split('-').map(Number);
  const checkpoints: Date[] = [];
  for (let back = 0; checkpoints.length < HISTORY_MONTHS; back++) {
    const first = monthStart(year, month - back);
    const endOfDueDay = moscowMidnight(addDays(first, DUE_DAY));
    if (endOfDueDay <= now) checkpoints.push(endOfDueDay);
  }
  return checkpoints;
}

/** The three whole calendar months (Moscow) before the current one: where the average charge is taken. */
export function capWindow(now: Date): { from: Date; until: Date } {
  const [year, month] = moscowDate(now).split('-').map(Number);
  return {
    from: moscowMidnight(monthStart(year, month - HISTORY_MONTHS)),
    until: moscowMidnight(monthStart(year, month)),
  };
}
