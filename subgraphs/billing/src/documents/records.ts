import type { Period } from '@kabinet/kit';
import type { DocumentFormat } from './render';
import type { DocumentType } from './types';

export type DocumentStatus = 'PENDING' | 'READY' | 'SENT' | 'FAILED';

/** A document as its resolvers read it. */
export interface DocumentRecord {
  id: string;
  companyId: string;
  accountId: string | null;
  contractNumber: string;
  type: DocumentType;
  format: DocumentFormat;
  period: Period;
  email: string | null;
  status: DocumentStatus;
  fileId: string | null;
  sha256: string | null;
  signature: string | null;
  keyId: string | null;
  failure: string | null;
  createdAt: Date;
  readyAt: Date | null;
}

/** The SELECT list that reads a `documents` row (alias d) as a DocumentRecord. */
export const DOCUMENT_COLUMNS = `d.id, d.company_id AS "companyId", d.account_id AS "accountId",
  d.contract_number AS "contractNumber", d.type, d.format,
  json_build_object('from', d.period_from::text, 'to', d.period_to::text) AS period, d.email, d.status,
  d.file_id AS "fileId", d.sha256, d.signature, d.key_id AS "keyId", d.failure, d.created_at AS "createdAt",
  d.ready_at AS "readyAt"`;
