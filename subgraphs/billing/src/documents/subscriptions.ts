import { randomUUID } from 'node:crypto';
import {
  accountAccessSql,
  accountScope,
  assertValid,
  companyScope,
  type FieldProblem,
  isUuid,
  notFound,
  TEXT_MAX,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { DocumentFormat } from './render';
import type { DocumentType } from './types';

/** What a monthly subscription may carry: the documents the billing run issues every month. */
export const MONTHLY_TYPES: readonly DocumentType[] = ['INVOICE', 'ACT', 'DETAILED_INVOICE'];

export interface DocumentSubscription {
  id: string;
  companyId: string;
  accountId: string;
  email: string;
  types: DocumentType[];
  format: DocumentFormat;
  createdAt: Date;
}

export const SUBSCRIPTION_COLUMNS = `s.id, s.company_id AS "companyId", s.account_id AS "accountId", s.email,
  s.types, s.format, s.created_at AS "createdAt"`;

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The account's company, if the caller may see the account (NOT_FOUND otherwise, as for one that does not exist). */
async function visibleAccount(tx: EntityManager, viewer: Viewer, accountId: string): Promise<string> {
  if (!isUuid(accountId)) throw notFound('Personal account');
  const access = accountScope(viewer);
  const [account]: { companyId: string }[] = await tx.query(
    `SELECT b.company_id AS "companyId" FROM billing_accounts b
     WHERE b.account_id = $1 AND ($2::uuid IS NULL OR b.company_id = $2)
       AND ($3::uuid[] IS NULL OR ${accountAccessSql('b.account_id', '$3', '$4')})`,
    [accountId, companyScope(viewer), access?.accountIds ?? null, access?.groupIds ?? []],
  );
  if (!account) throw notFound('Personal account');
  return account.companyId;
}

/**
 * Subscribes an address to an account's monthly documents (one subscription per account and address: asking
 * again replaces its types and format). They are produced and e-mailed when the billing run issues the month's
 * invoice.
 */
export async function subscribeToDocuments(
  tx: EntityManager,
  viewer: Viewer,
  input: { accountId: string; types: DocumentType[]; email: string; format?: DocumentFormat | null },
  now: Date,
): Promise<DocumentSubscription> {
  const problems: FieldProblem[] = [];
  const email = input.email.trim();
  if (email.length > TEXT_MAX.email || !EMAIL.test(email)) {
    problems.push({ field: 'email', message: 'must be an e-mail address' });
  }
  if (input.types.length === 0 || input.types.some((type) => !MONTHLY_TYPES.includes(type))) {
    problems.push({ field: 'types', message: `must be some of ${MONTHLY_TYPES.join(', ')}` });
  }
  assertValid(problems);
  const companyId = await visibleAccount(tx, viewer, input.accountId);
  const [row] = await tx.query(
    `INSERT INTO document_subscriptions AS s (id, company_id, account_id, email, types, format, created_by, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (account_id, email) DO UPDATE SET types = EXCLUDED.types, format = EXCLUDED.format
     RETURNING ${SUBSCRIPTION_COLUMNS}`,
    [
      randomUUID(),
      companyId,
      input.accountId,
      email,
      [...new Set(input.types)],
      input.format ?? 'PDF',
      viewer.userId,
      now,
    ],
  );
  return row;
}

/** Ends a subscription the caller may see; NOT_FOUND otherwise. */
export async function unsubscribeFromDocuments(tx: EntityManager, viewer: Viewer, id: string) {
  if (!isUuid(id)) throw notFound('Document subscription');
  const [row]: { accountId: string; companyId: string }[] = await tx.query(
    'SELECT account_id AS "accountId", company_id AS "companyId" FROM document_subscriptions WHERE id = $1',
    [id],
  );
  if (!row) throw notFound('Document subscription');
  await visibleAccount(tx, viewer, row.accountId).catch(() => {
    throw notFound('Document subscription');
  });
  await tx.query('DELETE FROM document_subscriptions WHERE id = $1', [id]);
  return row.companyId;
}

/** Ends whatever subscription an address has to an account the caller may see (none: nothing to end). */
export async function unsubscribeAddress(
  tx: EntityManager,
  viewer: Viewer,
  accountId: string,
  email: string,
) {
  await visibleAccount(tx, viewer, accountId);
  await tx.query('DELETE FROM document_subscriptions WHERE account_id = $1 AND lower(email) = lower($2)', [
    accountId,
    email.trim(),
  ]);
}
