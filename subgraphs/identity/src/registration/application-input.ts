import { type FieldProblem, innProblem, isUuid, kppProblem } from '@kabinet/kit';
import { EMAIL_FORMAT, formatProblems, LOGIN_FORMAT, PHONE_FORMAT } from '../users/contact-formats';

export interface RegistrationApplicationInput {
  companyName: string;
  inn: string;
  kpp: string;
  legalAddress: string;
  region: string;
  locality: string;
  representative: { fullName: string; position: string; phone: string; email: string };
  contractNumber: string;
  accountNumbers: string[];
  issuedLogin?: string | null;
  credentialDelivery: 'EMAIL' | 'POST' | 'IN_PERSON';
  smsLogin: boolean;
  smsPhone?: string | null;
  authority: { basis: 'POWER_OF_ATTORNEY' | 'CHARTER'; number?: string | null; date?: string | null };
  comment?: string | null;
  documentIds: string[];
}

const ACCOUNT_NUMBER = /^\d{5,20}$/;

/** Every problem of an application at once, each with its path in the input (e.g. `representative.phone`). */
export function applicationProblems(input: RegistrationApplicationInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const check = (bad: boolean, field: string, message: string) => {
    if (bad) problems.push({ field, message });
  };
  const text = (value: string | null | undefined, field: string, min = 2, max = 300) => {
    const length = value?.trim().length ?? 0;
    check(length < min, field, min === 1 ? 'is required' : `must be at least ${min} characters`);
    check(length > max, field, `must be at most ${max} characters`);
  };
  text(input.companyName, 'companyName');
  const inn = innProblem(input.inn);
  check(inn !== null, 'inn', inn as string);
  const kpp = kppProblem(input.kpp);
  check(kpp !== null, 'kpp', kpp as string);
  text(input.legalAddress, 'legalAddress', 5);
  text(input.region, 'region');
  text(input.locality, 'locality');
  text(input.representative.fullName, 'representative.fullName', 5);
  text(input.representative.position, 'representative.position');
  problems.push(
    ...formatProblems('representative.phone', input.representative.phone, PHONE_FORMAT),
    ...formatProblems('representative.email', input.representative.email, EMAIL_FORMAT),
  );
  text(input.contractNumber, 'contractNumber', 1, 50);
  check(
    input.accountNumbers.length < 1 || input.accountNumbers.length > 100,
    'accountNumbers',
    'name 1 to 100 personal accounts',
  );
  for (const [i, n] of input.accountNumbers.entries()) {
    check(!ACCOUNT_NUMBER.test(n), `accountNumbers.${i}`, 'must be 5 to 20 digits');
  }
  check(
    new Set(input.accountNumbers).size !== input.accountNumbers.length,
    'accountNumbers',
    'must not repeat',
  );
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
    text(input.authority.number, 'authority.number', 1, 50);
    check(!input.authority.date, 'authority.date', 'is required for a power of attorney');
    check(
      !!input.authority.date && input.authority.date > new Date().toISOString().slice(0, 10),
      'authority.date',
      'must not be in the future',
    );
  }
  check((input.comment?.length ?? 0) > 2000, 'comment', 'must be at most 2000 characters');
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
