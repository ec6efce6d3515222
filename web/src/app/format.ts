/** How the app writes amounts and dates: Russian conventions, in the user's own time zone. */

const roubles = new Intl.NumberFormat('ru-RU', {
  style: 'currency',
  currency: 'RUB',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});

/**
 * A Money amount (a decimal string, exact) as roubles: `1 234,56 ₽`. The digits are grouped from the string,
 * not through a float, so kopecks are never rounded.
 */
export function formatMoney(amount: string, currency = 'RUB'): string {
  const negative = amount.startsWith('-');
  const [whole = '0', fraction = ''] = amount.replace(/^[-+]/, '').split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const sign = negative ? '−' : '';
  const symbol = currency === 'RUB' ? '₽' : currency;
  return `${sign}${grouped},${fraction.padEnd(2, '0').slice(0, 2)}\u00a0${symbol}`;
}

/** A short rouble figure for chart axes. */
export const formatAxis = (value: number) => roubles.format(value).replace(/,00/, '');

const dateTime = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat('ru-RU', { dateStyle: 'medium' });
const monthName = new Intl.DateTimeFormat('ru-RU', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso));
/** A calendar date (YYYY-MM-DD): the same day wherever the user is. */
export const formatDate = (date: string) => dateOnly.format(new Date(`${date}T12:00:00`));
export const formatMonth = (date: string) => monthName.format(new Date(`${date.slice(0, 7)}-01T00:00:00Z`));

/** Today's date in the user's time zone, YYYY-MM-DD. */
export function today(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

/** The first day of the month `monthsBack` months before this one, YYYY-MM-DD. */
export function monthStart(monthsBack = 0): string {
  const now = new Date();
  const first = new Date(Date.UTC(now.getFullYear(), now.getMonth() - monthsBack, 1));
  return first.toISOString().slice(0, 10);
}
