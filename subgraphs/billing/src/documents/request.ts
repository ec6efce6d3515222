import { randomUUID } from 'node:crypto';
import {
  accountAccessSql,
  accountScope,
  assertValid,
  companyScope,
  type FieldProblem,
  forbidden,
  isUuid,
  notFound,
  type Period,
  periodRange,
  preconditionFailed,
  TEXT_MAX,
  textProblems,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { DocumentSubject } from './content';
import { DOCUMENT_COLUMNS, type DocumentRecord } from './records';
import type { DocumentFormat } from './render';
import { contractHolder, requisitesOf } from './requisites';
import { DOCUMENT_SOURCES, type DocumentType } from './types';

export interface DocumentRequest {
  accountId?: string | null;
  contractNumber?: string | null;
  type: DocumentType;
  format: DocumentFormat;
  period: Period;
  email?: string | null;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function requestProblems(input: DocumentRequest): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (!input.accountId === !input.contractNumber) {
    problems.push({ field: 'accountId', message: 'name either accountId or contractNumber, not both' });
  }
  problems.push(...textProblems('contractNumber', input.contractNumber, { max: TEXT_MAX.number }));
  const { unavailable } = DOCUMENT_SOURCES[input.type];
  if (unavailable) problems.push({ field: 'type', message: `cannot be produced yet: ${unavailable}` });
  if (input.email != null) {
    const email = input.email.trim();
    if (email.length > TEXT_MAX.email || !EMAIL.test(email)) {
      problems.push({ field: 'email', message: 'must be an e-mail address' });
    }
  }
  return problems;
}

/**
 * What the document is about, if the caller may see it: an account on their access list in their company
 * (NOT_FOUND otherwise, as for one that does not exist), or a contract of their company — a whole contract
 * only for callers not limited to some accounts, since it shows every account.
 */
async function subjectOf(
  tx: EntityManager,
  viewer: Viewer,
  input: DocumentRequest,
): Promise<DocumentSubject> {
  const scope = companyScope(viewer);
  const company = async (companyId: string) => {
    const found = await requisitesOf(tx, companyId);
    if (!found)
      throw preconditionFailed("The company's requisites have not reached billing yet; try again soon");
    return found;
  };
  if (input.accountId) {
    if (!isUuid(input.accountId)) throw notFound('Personal account');
    const access = accountScope(viewer);
    const [account]: { companyId: string; number: string | null }[] = await tx.query(
      `SELECT b.company_id AS "companyId", b.number FROM billing_accounts b
       WHERE b.account_id = $1 AND ($2::uuid IS NULL OR b.company_id = $2)
         AND ($3::uuid[] IS NULL OR ${accountAccessSql('b.account_id', '$3', '$4')})`,
      [input.accountId, scope, access?.accountIds ?? null, access?.groupIds ?? []],
    );
    if (!account) throw notFound('Personal account');
    return {
      company: await company(account.companyId),
      accountId: input.accountId,
      accountNumber: account.number,
    };
  }
  const holder = await contractHolder(tx, (input.contractNumber as string).trim(), scope);
  if (!holder) throw notFound('Contract');
  if (accountScope(viewer) !== null) {
    throw forbidden('A document of a whole contract shows every account: name one of your accounts instead');
  }
  return { company: holder, accountId: null, accountNumber: null };
}

/**
 * Records a request for a document (PENDING); the document worker produces it. Nothing is written when the
 * input is bad or the subject not the caller's.
 */
export async function requestDocument(
  tx: EntityManager,
  viewer: Viewer,
  input: DocumentRequest,
  now: Date,
): Promise<DocumentRecord> {
  assertValid(requestProblems(input));
  periodRange(input.period, 'period');
  const subject = await subjectOf(tx, viewer, input);
  const [row] = await tx.query(
    `INSERT INTO documents AS d (id, company_id, account_id, contract_number, type, format, period_from,
       period_to, email, status, requested_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'PENDING', $10, $11)
     RETURNING ${DOCUMENT_COLUMNS}`,
    [
      randomUUID(),
      subject.company.companyId,
      subject.accountId,
      subject.company.contractNumber,
      input.type,
      input.format,
      input.period.from,
      input.period.to,
      input.email?.trim() || null,
      viewer.userId,
      now,
    ],
  );
  return row;
}
