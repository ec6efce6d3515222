import { addDays, badInput, moscowDate, moscowMidnight } from '@kabinet/kit';

/** A calendar month billed as one: Moscow midnight of its first day up to that of the next month's first. */
export interface BillingMonth {
  /** "YYYY-MM". */
  month: string;
  start: Date;
  finish: Date;
  days: number;
}

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

const NAMES = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

/** The month after a month "YYYY-MM". */
export function nextMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
}

/** "2030-03" → its instants and length; BAD_USER_INPUT on `field` for anything else. */
export function billingMonth(month: string, field = 'month'): BillingMonth {
  if (!MONTH.test(month)) throw badInput([{ field, message: 'must be a month "YYYY-MM"' }]);
  const start = moscowMidnight(`${month}-01`);
  const finish = moscowMidnight(`${nextMonth(month)}-01`);
  return { month, start, finish, days: Math.round((finish.getTime() - start.getTime()) / 86_400_000) };
}

/** The month before the one `now` falls in (Moscow): what the scheduled run bills. */
export const previousMonth = (now: Date): string =>
  addDays(`${moscowDate(now).slice(0, 8)}01`, -1).slice(0, 7);

/** "март 2030", as documents and statements print a month. */
export const monthName = (month: string) => `${NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
