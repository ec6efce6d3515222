/**
 * "Beautiful" 8-800 numbers and what each category costs a month on top of the tariff, judged by the seven
 * digits after 8-800.
 */
export const FREEPHONE_CATEGORIES = ['PLATINUM', 'GOLD', 'SILVER', 'STANDARD'] as const;
export type FreephoneCategory = (typeof FREEPHONE_CATEGORIES)[number];

export const CATEGORY_PRICE_MINOR: Record<FreephoneCategory, number> = {
  PLATINUM: 500_000,
  GOLD: 200_000,
  SILVER: 80_000,
  STANDARD: 0,
};

const isRun = (digits: string) =>
  [...digits].every((d, i) => i === 0 || Number(d) === Number(digits[i - 1]) + 1) ||
  [...digits].every((d, i) => i === 0 || Number(d) === Number(digits[i - 1]) - 1);

/** PLATINUM: at most two distinct digits; GOLD: a mirror or four repeated at the end; SILVER: three repeated or a run of four at the end. */
export function categoryOf(number: string): FreephoneCategory {
  const digits = number.slice(-7);
  if (new Set(digits).size <= 2) return 'PLATINUM';
  if (digits === [...digits].reverse().join('') || /(\d)\1{3}$/.test(digits)) return 'GOLD';
  if (/(\d)\1{2}$/.test(digits) || isRun(digits.slice(-4))) return 'SILVER';
  return 'STANDARD';
}

/**
 * The seeded pool: `count` numbers spread over the range by a fixed stride (so the same every time), with the
 * beautiful ones of each kind mixed in.
 */
export function poolNumbers(count: number): string[] {
  const numbers = new Set<string>();
  for (const d of '123456789') {
    numbers.add(`8800${d.repeat(7)}`); // 8-800-777-77-77
    numbers.add(`8800${d}00${d}00${d}`.slice(0, 11)); // two distinct digits
    numbers.add(`8800${d}23${d}32${d}`.slice(0, 11)); // mirrored
    numbers.add(`8800${(Number(d) * 123) % 1000}`.padEnd(7, '0') + d.repeat(4)); // four repeated at the end
  }
  for (let i = 0; numbers.size < count; i++) {
    numbers.add(`8800${String(1_000_000 + ((i * 7_919_993) % 9_000_000)).padStart(7, '0')}`);
  }
  return [...numbers].filter((n) => /^8800\d{7}$/.test(n));
}
