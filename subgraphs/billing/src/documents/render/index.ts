import type { DocumentContent, DocumentSubject } from '../content';
import { renderCsv } from './csv';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

export const DOCUMENT_FORMATS = ['PDF', 'XLSX', 'CSV'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const CONTENT_TYPES: Record<DocumentFormat, string> = {
  PDF: 'application/pdf',
  XLSX: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  CSV: 'text/csv; charset=utf-8',
};

export const EXTENSIONS: Record<DocumentFormat, string> = { PDF: 'pdf', XLSX: 'xlsx', CSV: 'csv' };

/** Any document's content in any format. */
export function render(
  format: DocumentFormat,
  content: DocumentContent,
  subject: DocumentSubject,
  meta: { now: Date; keyId: string },
): Promise<Buffer> {
  if (format === 'PDF') return renderPdf(content, subject, meta);
  if (format === 'XLSX') return renderXlsx(content, subject, meta);
  return Promise.resolve(renderCsv(content));
}
