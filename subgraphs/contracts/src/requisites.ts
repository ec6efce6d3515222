/** Russian company requisites: INN (taxpayer number) and KPP (registration reason code). */

const INN10_WEIGHTS = [2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_FIRST_WEIGHTS = [7, 2, 4, 10, 3, 5, 9, 4, 6, 8];
const INN12_SECOND_WEIGHTS = [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8];

const controlDigit = (digits: number[], weights: number[]) =>
  (weights.reduce((sum, weight, i) => sum + weight * digits[i], 0) % 11) % 10;

/** Why an INN is invalid, or null when it is valid (10 digits for a legal entity, 12 for a person). */
export function innProblem(inn: string): string | null {
  if (!/^(\d{10}|\d{12})$/.test(inn)) return 'must be 10 digits (legal entity) or 12 digits (individual)';
  if (/^0+$/.test(inn)) return 'cannot be all zeros';
  const d = [...inn].map(Number);
  const valid =
    inn.length === 10
      ? controlDigit(d, INN10_WEIGHTS) === d[9]
      : controlDigit(d, INN12_FIRST_WEIGHTS) === d[10] && controlDigit(d, INN12_SECOND_WEIGHTS) === d[11];
  return valid ? null : 'checksum does not match';
}

/** Why a KPP is invalid, or null: 4 digits (tax office), 2 digits or capital letters (reason), 3 digits. */
export const kppProblem = (kpp: string): string | null =>
  /^\d{4}[0-9A-Z]{2}\d{3}$/.test(kpp)
    ? null
    : 'must match NNNNXXNNN (4 digits, 2 digits or capital letters, 3 digits)';

/** Completes 9 digits with the control digit into a valid legal-entity INN (demo data, tests). */
export function legalInn(nineDigits: string): string {
  const d = [...nineDigits].map(Number);
  return `${nineDigits}${controlDigit(d, INN10_WEIGHTS)}`;
}

/**
 * Why an OGRN (13 digits, a legal entity) or OGRNIP (15, an individual entrepreneur) is invalid, or null: its
 * last digit is the rest of the number before it modulo 11 (OGRN) or 13 (OGRNIP), modulo 10.
 */
export function ogrnProblem(ogrn: string): string | null {
  if (!/^(\d{13}|\d{15})$/.test(ogrn)) return 'must be 13 digits (OGRN) or 15 digits (OGRNIP)';
  const body = BigInt(ogrn.slice(0, -1));
  const control = (body % (ogrn.length === 13 ? 11n : 13n)) % 10n;
  return control === BigInt(ogrn.at(-1) as string) ? null : 'control digit does not match';
}

/** Why a BIK (the bank's identification code) is invalid, or null: 9 digits, starting 04 for Russian banks. */
export const bikProblem = (bik: string): string | null =>
  /^04\d{7}$/.test(bik) ? null : 'must be 9 digits starting with 04';

const ACCOUNT_WEIGHTS = [7, 1, 3];

/**
 * Why a settlement account is invalid at the bank with `bik`, or null: 20 digits whose control key holds — the
 * last 3 digits of the BIK then the 20 of the account, weighted 7, 1, 3 repeated, sum to a multiple of 10.
 */
export function settlementAccountProblem(account: string, bik: string): string | null {
  if (!/^\d{20}$/.test(account)) return 'must be 20 digits';
  const digits = [...`${bik.slice(-3)}${account}`].map(Number);
  const sum = digits.reduce((total, digit, i) => total + ((digit * ACCOUNT_WEIGHTS[i % 3]) % 10), 0);
  return sum % 10 === 0 ? null : 'does not match the bank (BIK): control key fails';
}

/** Completes 12 digits into a valid OGRN (demo data, tests). */
export const legalOgrn = (twelveDigits: string) => `${twelveDigits}${(BigInt(twelveDigits) % 11n) % 10n}`;

/** Completes an account with its control digit (the 9th) for the bank with `bik` (demo data, tests). */
export function settlementAccount(bik: string, accountWithoutKey: string): string {
  for (let key = 0; key < 10; key++) {
    const account = `${accountWithoutKey.slice(0, 8)}${key}${accountWithoutKey.slice(8)}`;
    if (!settlementAccountProblem(account, bik)) return account;
  }
  throw new Error('no control key fits');
}
