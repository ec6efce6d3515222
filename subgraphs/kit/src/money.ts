/** Money in the API: integer minor units (kopecks) stored, an exact Decimal string shown. */
export interface Money {
  amount: string;
  currency: string;
}

export const DEFAULT_CURRENCY = 'RUB';

/** Formats minor units (bigint, or the string pg returns for bigint/numeric) as "1250.00". */
export function formatMinor(minor: bigint | number | string): string {
  const value = BigInt(minor);
  const sign = value < 0n ? '-' : '';
  const abs = value < 0n ? -value : value;
  return `${sign}${abs / 100n}.${(abs % 100n).toString().padStart(2, '0')}`;
}

export const money = (minor: bigint | number | string, currency = DEFAULT_CURRENCY): Money => ({
  amount: formatMinor(minor),
  currency,
});

/** Largest amount one entry may move: 10 billion roubles, far below bigint or JSON number trouble. */
export const MAX_AMOUNT_MINOR = 1_000_000_000_000n;

/** "1250.5" → 125050n kopecks. The Decimal scalar has already checked the shape. */
export function parseMinor(amount: string): bigint {
  const negative = amount.startsWith('-');
  const [whole, fraction = ''] = amount.replace('-', '').split('.');
  const minor = BigInt(whole) * 100n + BigInt(fraction.padEnd(2, '0'));
  return negative ? -minor : minor;
}

/** 123456n → "1 234,56", as Russian documents and messages write amounts (NBSP between thousands: never broken). */
export function rubles(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const whole = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  const cents = (abs % 100n).toString().padStart(2, '0');
  return `${negative ? '-' : ''}${whole},${cents}`;
}
