import {
  EMAIL_FORMAT,
  type FieldProblem,
  formatProblems,
  innProblem,
  isUuid,
  kppProblem,
  LOGIN_FORMAT,
  PHONE_FORMAT,
  TEXT_MAX,
  type TextRule,
  textProblems,
} from '@kabinet/kit';
import type { RegistrationApplicationInput } from '../generated/schema';

const ACCOUNT_NUMBER = /^\d{5,20}$/;

/** Every problem of an application at once, each with its path in the input (e.g. `representative.phone`). */
export function applicationProblems(input: RegistrationApplicationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (bad: boolean, field: string, message: string) => {
    if (bad) problems.push({ field, message });
  };
  const text = (field: string, value: string | null | undefined, rule: TextRule) =>
    problems.push(...textProblems(field, value, rule));
  text('companyName', input.companyName, { min: 2, max: TEXT_MAX.companyName, name: true });
  const inn = innProblem(input.inn);
  check(inn !== null, 'inn', inn as string);
  const kpp = kppProblem(input.kpp);
  check(kpp !== null, 'kpp', kpp as string);
  text('legalAddress', input.legalAddress, { min: 5, max: TEXT_MAX.address });
  text('region', input.region, { min: 2, max: TEXT_MAX.name });
  text('locality', input.locality, { min: 2, max: TEXT_MAX.name });
  text('representative.fullName', input.representative.fullName, { min: 5, max: TEXT_MAX.name, name: true });
  text('representative.position', input.representative.position, { min: 2, max: TEXT_MAX.name });
  problems.push(
    ...formatProblems('representative.phone', input.representative.phone, PHONE_FORMAT),
    ...formatProblems('representative.email', input.representative.email, EMAIL_FORMAT),
  );
  const accountNumbers = input.accountNumbers ?? [];
  if (input.contractNumber == null) {
    // A prospect: no contract or accounts yet; it says what it wants instead.
    check(accountNumbers.length > 0, 'accountNumbers', 'come with a contract: name its number, or none');
    check(!input.serviceInterest?.length, 'serviceInterest', 'name at least one service of interest');
  } else {
    text('contractNumber', input.contractNumber, { min: 1, max: TEXT_MAX.number });
    check(
      accountNumbers.length < 1 || accountNumbers.length > 100,
      'accountNumbers',
      'name 1 to 100 personal accounts',
    );
  }
  for (const [i, n] of accountNumbers.entries()) {
    check(!ACCOUNT_NUMBER.test(n), `accountNumbers.${i}`, 'must be 5 to 20 digits');
  }
  check(new Set(accountNumbers).size !== accountNumbers.length, 'accountNumbers', 'must not repeat');
  problems.push(...formatProblems('issuedLogin', input.issuedLogin, LOGIN_FORMAT));
  check(
    input.credentialDelivery === 'EMAIL' && !input.representative.email,
    'representative.email',
    'is needed to deliver by e-mail',
  );
  check(
    input.smsLogin && !PHONE_FORMAT.pattern.test(input.smsPhone ?? ''),
    'smsPhone',
    'is needed for SMS confirmation, e.g. +79001234567',
  );
  if (input.authority.basis === 'POWER_OF_ATTORNEY') {
    text('authority.number', input.authority.number, { min: 1, max: TEXT_MAX.number });
    check(!input.authority.date, 'authority.date', 'is required for a power of attorney');
    check(
      !!input.authority.date && input.authority.date > new Date().toISOString().slice(0, 10),
      'authority.date',
      'must not be in the future',
    );
  }
  text('comment', input.comment, { max: TEXT_MAX.comment });
  check(
    input.documentIds.length < 1 || input.documentIds.length > 10,
    'documentIds',
    'attach 1 to 10 documents',
  );
  for (const [i, id] of input.documentIds.entries()) {
    check(!isUuid(id), `documentIds.${i}`, 'is not an uploaded document');
  }
  return problems;
}

/** The documents an application must carry, by the basis of the representative's authority. */
export const requiredDocuments = (input: RegistrationApplicationInput) => [
  'APPLICATION_FORM',
  input.authority.basis === 'POWER_OF_ATTORNEY' ? 'POWER_OF_ATTORNEY' : 'CHARTER',
];
