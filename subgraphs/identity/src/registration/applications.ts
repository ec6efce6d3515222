import { randomBytes, randomUUID } from 'node:crypto';
import { COMPANY_APPROVED, type CompanyApprovedPayload } from '@kabinet/contracts';
import {
  assertValid,
  type ChangeContext,
  companyStream,
  decodeCursor,
  isUuid,
  notFound,
  pageSize,
  preconditionFailed,
  publish,
  type RequestOrigin,
  sendMessage,
  TEXT_MAX,
  textProblems,
  toConnection,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { hashSecret } from '../auth/secrets';
import { createUserWithOneTimePassword, findUserById, findUserByLogin } from '../data/users';
import type {
  RegistrationApplicationInput,
  ReviewRegistrationApplicationInput as ReviewInput,
} from '../generated/schema';
import { applicationProblems, requiredDocuments } from './application-input';

export type ApplicationStatus = 'SUBMITTED' | 'APPROVED' | 'REJECTED';

export interface ApplicationRow {
  id: string;
  number: string;
  status: ApplicationStatus;
  inn: string;
  companyName: string;
  details: RegistrationApplicationInput;
  submittedAt: Date;
  managerId: string | null;
  decidedAt: Date | null;
  decisionComment: string | null;
  companyId: string | null;
  /** Applied without a contract. */
  prospect: boolean;
}

const COLUMNS = `id, number, status, inn, company_name AS "companyName", details, submitted_at AS "submittedAt",
  manager_id AS "managerId", decided_at AS "decidedAt", decision_comment AS "decisionComment", company_id AS "companyId",
  prospect`;

/** Records an application with its uploaded documents (each used once), for staff to review. */
export async function submitApplication(
  tx: EntityManager,
  input: RegistrationApplicationInput,
  origin: RequestOrigin,
) {
  assertValid(applicationProblems(input));
  const documents: { id: string; kind: string }[] = await tx.query(
    `SELECT id, kind FROM uploads WHERE id = ANY($1) AND uploaded_at IS NOT NULL AND application_id IS NULL
       AND kind <> 'TICKET_ATTACHMENT' FOR UPDATE`,
    [input.documentIds],
  );
  const found = new Set(documents.map((d) => d.id));
  assertValid(
    input.documentIds.flatMap((id, i) =>
      found.has(id)
        ? []
        : [{ field: `documentIds.${i}`, message: 'is not an uploaded document (or is already used)' }],
    ),
  );
  const kinds = new Set(documents.map((d) => d.kind));
  assertValid(
    requiredDocuments(input)
      .filter((kind) => !kinds.has(kind))
      .map((kind) => ({ field: 'documentIds', message: `a ${kind} document is required` })),
  );
  const id = randomUUID();
  // The number stays short and sequential, to quote on the phone; the status is for whoever holds this secret.
  const statusToken = randomBytes(32).toString('base64url');
  const [{ number }] = await tx.query(
    `INSERT INTO registration_applications
       (id, number, status, inn, company_name, details, ip, user_agent, status_token_hash, prospect)
     VALUES ($1, 'Z-' || to_char(now(), 'YYYY') || '-' || lpad(nextval('registration_number')::text, 6, '0'),
             'SUBMITTED', $2, $3, $4, $5, $6, $7, $8)
     RETURNING number`,
    [
      id,
      input.inn,
      input.companyName.trim(),
      input,
      origin.ip,
      origin.userAgent?.slice(0, 500) ?? null,
      hashSecret(statusToken),
      input.contractNumber == null,
    ],
  );
  await tx.query('UPDATE uploads SET application_id = $1 WHERE id = ANY($2)', [id, input.documentIds]);
  return { id, number, status: 'SUBMITTED' as const, statusToken };
}

/**
 * An application by its number, for the applicant holding its status token; NOT_FOUND otherwise, the same
 * for an unknown number as for a wrong token.
 */
export async function applicationStatus(tx: EntityManager, number: string, statusToken: string) {
  const [row]: ApplicationRow[] = await tx.query(
    `SELECT ${COLUMNS} FROM registration_applications WHERE number = $1 AND status_token_hash = $2`,
    [number.trim(), hashSecret(statusToken.trim())],
  );
  if (!row) throw notFound('Application');
  return row;
}

export async function applicationPage(
  tx: EntityManager,
  status: ApplicationStatus | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  prospect?: boolean | null,
) {
  const limit = pageSize(first, 20);
  const cursor = decodeCursor(after, ['timestamp', 'uuid']);
  const rows: ApplicationRow[] = await tx.query(
    `SELECT ${COLUMNS} FROM registration_applications
     WHERE ($1::text IS NULL OR status = $1) AND ($2::timestamptz IS NULL OR (submitted_at, id) > ($2, $3::uuid))
       AND ($5::boolean IS NULL OR prospect = $5)
     ORDER BY submitted_at, id LIMIT $4`,
    [status ?? null, cursor?.[0] ?? null, cursor?.[1] ?? null, limit + 1, prospect ?? null],
  );
  return toConnection(rows, limit, (row) => [new Date(row.submittedAt).toISOString(), row.id]);
}

/**
 * The contract and personal accounts an approved company starts with: those it applied with, or — for a
 * prospect — its first contract and account, numbered by the operator now.
 */
async function contractOf(tx: EntityManager, application: ApplicationRow) {
  const { contractNumber, accountNumbers } = application.details;
  if (contractNumber != null)
    return { contractNumber: contractNumber.trim(), accountNumbers: accountNumbers ?? [] };
  const [made] = await tx.query(
    `SELECT 'Д-' || to_char(now(), 'YYYY') || '/П' || lpad(nextval('prospect_contract_numbers')::text, 5, '0') AS contract,
       nextval('prospect_account_numbers')::text AS account`,
  );
  return { contractNumber: made.contract as string, accountNumbers: [made.account as string] };
}

/** A login for the company's first administrator: the one issued with the contract, else derived from the INN. */
async function adminLogin(tx: EntityManager, application: ApplicationRow): Promise<string> {
  const wanted = application.details.issuedLogin ?? `inn${application.inn}`;
  for (let n = 0; ; n++) {
    const candidate = n === 0 ? wanted : `${wanted}-${n + 1}`;
    if (!(await findUserByLogin(tx, candidate))) return candidate;
  }
}

/**
 * Decides an application. Approval creates the company's first ADMIN with a one-time password, delivered
 * by the chosen channel (e-mail; for post or in person it is handed to the reviewer, once), and publishes
 * CompanyApproved, from which accounts opens the company and its personal accounts.
 */
export async function reviewApplication(
  tx: EntityManager,
  ctx: ChangeContext,
  reviewer: Viewer,
  input: ReviewInput,
) {
  if (!isUuid(input.id)) throw notFound('Application');
  const [application]: ApplicationRow[] = await tx.query(
    `SELECT ${COLUMNS} FROM registration_applications WHERE id = $1 FOR UPDATE`,
    [input.id],
  );
  if (!application) throw notFound('Application');
  if (application.status !== 'SUBMITTED')
    throw preconditionFailed(`The application is already ${application.status}`);
  const managerId = input.managerId ?? reviewer.userId;
  const manager = isUuid(managerId) ? await findUserById(tx, managerId) : null;
  assertValid([
    ...(input.decision === 'REJECT' && !input.comment?.trim()
      ? [{ field: 'comment', message: 'say why the application is rejected' }]
      : textProblems('comment', input.comment, { max: TEXT_MAX.comment })),
    ...(!manager || manager.companyId !== null
      ? [{ field: 'managerId', message: 'is not a member of staff' }]
      : []),
  ]);
  if (input.decision === 'REJECT') {
    await tx.query(
      `UPDATE registration_applications SET status = 'REJECTED', decided_at = now(), decided_by = $2,
         decision_comment = $3, manager_id = $4 WHERE id = $1`,
      [application.id, reviewer.userId, input.comment?.trim(), managerId],
    );
    return {
      application: { ...application, status: 'REJECTED', decisionComment: input.comment?.trim() ?? null },
      oneTimePassword: null,
    };
  }
  const details = application.details;
  const companyId = randomUUID();
  const contract = await contractOf(tx, application);
  ctx.audit.companyId = companyId;
  const { user: admin, password } = await createUserWithOneTimePassword(tx, {
    login: await adminLogin(tx, application),
    fullName: details.representative.fullName.trim(),
    role: 'ADMIN',
    companyId,
    email: details.representative.email,
    phone: details.smsLogin ? (details.smsPhone as string) : details.representative.phone,
    smsLogin: details.smsLogin,
  });
  await tx.query(
    `UPDATE registration_applications SET status = 'APPROVED', decided_at = now(), decided_by = $2,
       decision_comment = $3, manager_id = $4, company_id = $5, admin_user_id = $6, details = details || $7
     WHERE id = $1`,
    [
      application.id,
      reviewer.userId,
      input.comment?.trim() ?? null,
      managerId,
      companyId,
      admin.id,
      contract,
    ],
  );
  const approved: CompanyApprovedPayload = {
    companyId,
    name: application.companyName,
    inn: details.inn,
    kpp: details.kpp,
    legalAddress: details.legalAddress.trim(),
    region: details.region.trim(),
    locality: details.locality.trim(),
    ...contract,
    managerId,
  };
  await publish(tx, {
    stream: companyStream(companyId),
    type: COMPANY_APPROVED,
    companyId,
    payload: approved,
  });
  const byEmail = details.credentialDelivery === 'EMAIL';
  if (byEmail) {
    await sendMessage(tx, ctx.log, {
      channel: 'EMAIL',
      to: details.representative.email,
      text: `Kabinet: заявка ${application.number} одобрена. Логин ${admin.login}, временный пароль ${password}. При первом входе задайте свой пароль.`,
    });
  }
  return {
    application: { ...application, details: { ...details, ...contract }, status: 'APPROVED', companyId },
    adminLogin: admin.login,
    // Handed to the reviewer only when the credentials go by post or in person, and only in this answer.
    oneTimePassword: byEmail ? null : password,
  };
}
