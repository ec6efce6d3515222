import { moscowDate } from '@kabinet/kit';

/** The day of the month charges fall due. */
export const DUE_DAY = 20;

/**
 * When a charge must be paid: the 20th (Moscow) of the month it was charged in, or of the next month for a
 * charge after the 20th — so every charge leaves the customer some days to pay.
 */
export function dueDateOf(chargedAt: Date): string {
  const [year, month, day] = moscowDate(chargedAt).split('-').map(Number);
  const [dueYear, dueMonth] =
    day <= DUE_DAY ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
  return `${dueYear}-${String(dueMonth).padStart(2, '0')}-${DUE_DAY}`;
}

/** Whether a due date has passed on `today` (a Moscow date). */
export const isPastDue = (dueDate: string, today: string) => today > dueDate;
