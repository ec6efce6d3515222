import { z } from 'zod';
import { uuid } from './fields';

/**
 * Billing, when a requested document has been generated and signed (before any e-mail): for notifications and
 * the live dashboard. The file itself stays in billing, behind signed download links.
 */
export const DOCUMENT_READY = 'DocumentReady';

export const documentReady = z.looseObject({
  documentId: uuid,
  companyId: uuid,
  /** null for a document of a whole contract. */
  accountId: uuid.nullable(),
  /** INVOICE, ACT, DETAILED_INVOICE, RECEIPT, RECONCILIATION_ACT, PAYMENT_DETAILS. */
  type: z.string(),
  format: z.enum(['PDF', 'XLSX', 'CSV']),
  /** The file's SHA-256, hex: what the operator's signature covers. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  keyId: z.string(),
});
export type DocumentReadyPayload = z.infer<typeof documentReady>;
