import {
  bikProblem,
  EMAIL_FORMAT,
  type FieldProblem,
  formatProblems,
  kppProblem,
  ogrnProblem,
  PHONE_FORMAT,
  settlementAccountProblem,
  TEXT_MAX,
  textProblems,
} from '@kabinet/kit';

const problemOf = (field: string, message: string | null): FieldProblem[] =>
  message ? [{ field, message }] : [];

/** A text's problems when it is given: an absent field stays as it is. */
const givenText = (
  field: string,
  value: string | null | undefined,
  rule: Parameters<typeof textProblems>[2],
) => (value == null ? [] : textProblems(field, value, rule));

export interface ContactsInput {
  postalAddress?: string | null;
  contactPhone?: string | null;
  contactEmail?: string | null;
}

export interface BankDetailsInput {
  bankName: string;
  bik: string;
  settlementAccount: string;
  correspondentAccount: string;
}

export interface LegalInput {
  name?: string | null;
  shortName?: string | null;
  kpp?: string | null;
  ogrn?: string | null;
  legalAddress?: string | null;
  bankDetails?: BankDetailsInput | null;
  branchKpps?: { kpp: string; branch: string }[] | null;
}

/** Every problem of contact data at once. */
export const contactProblems = (input: ContactsInput): FieldProblem[] => [
  ...givenText('postalAddress', input.postalAddress, { min: 5, max: TEXT_MAX.address }),
  ...formatProblems('contactPhone', input.contactPhone, PHONE_FORMAT),
  ...formatProblems('contactEmail', input.contactEmail, EMAIL_FORMAT),
];

/** Every problem of legal data at once: names, KPPs, OGRN, and bank details checked against each other. */
export function legalProblems(input: LegalInput): FieldProblem[] {
  const problems = [
    ...givenText('name', input.name, { min: 2, max: TEXT_MAX.companyName, name: true }),
    ...givenText('shortName', input.shortName, { min: 2, max: TEXT_MAX.name, name: true }),
    ...givenText('legalAddress', input.legalAddress, { min: 5, max: TEXT_MAX.address }),
    ...(input.kpp != null ? problemOf('kpp', kppProblem(input.kpp)) : []),
    ...(input.ogrn != null ? problemOf('ogrn', ogrnProblem(input.ogrn)) : []),
  ];
  const bank = input.bankDetails;
  if (bank) {
    problems.push(
      ...textProblems('bankDetails.bankName', bank.bankName, { min: 2, max: TEXT_MAX.companyName }),
      ...problemOf('bankDetails.bik', bikProblem(bank.bik)),
      ...(/^301\d{17}$/.test(bank.correspondentAccount)
        ? []
        : [{ field: 'bankDetails.correspondentAccount', message: 'must be 20 digits starting with 301' }]),
    );
    if (!bikProblem(bank.bik))
      problems.push(
        ...problemOf(
          'bankDetails.settlementAccount',
          settlementAccountProblem(bank.settlementAccount, bank.bik),
        ),
      );
  }
  input.branchKpps?.forEach((branch, i) => {
    problems.push(
      ...problemOf(`branchKpps.${i}.kpp`, kppProblem(branch.kpp)),
      ...textProblems(`branchKpps.${i}.branch`, branch.branch, { min: 1, max: TEXT_MAX.name }),
    );
  });
  if (input.branchKpps && new Set(input.branchKpps.map((b) => b.kpp)).size !== input.branchKpps.length)
    problems.push({ field: 'branchKpps', message: 'names a KPP twice' });
  return problems;
}
