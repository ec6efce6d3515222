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
