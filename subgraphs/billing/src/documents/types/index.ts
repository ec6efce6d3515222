import type { DocumentSource } from '../content';
import { act } from './act';
import { detailedInvoice } from './detailed-invoice';
import { invoice } from './invoice';
import { paymentDetails } from './payment-details';
import { receipt } from './receipt';
import { reconciliationAct } from './reconciliation-act';

/** Every type of document, as the API names it. */
export const DOCUMENT_TYPES = [
  'INVOICE',
  'ACT',
  'DETAILED_INVOICE',
  'RECEIPT',
  'RECONCILIATION_ACT',
  'PAYMENT_DETAILS',
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** Where each type's content comes from: one small module per type. */
export const DOCUMENT_SOURCES: Record<DocumentType, DocumentSource> = {
  RECONCILIATION_ACT: reconciliationAct,
  PAYMENT_DETAILS: paymentDetails,
  INVOICE: invoice,
  ACT: act,
  DETAILED_INVOICE: detailedInvoice,
  RECEIPT: receipt,
};

/** Russian names of the types, for file names and letters. */
export const DOCUMENT_TITLES: Record<DocumentType, string> = {
  INVOICE: 'Счёт',
  ACT: 'Акт оказанных услуг',
  DETAILED_INVOICE: 'Детализация счёта',
  RECEIPT: 'Квитанция об оплате',
  RECONCILIATION_ACT: 'Акт сверки',
  PAYMENT_DETAILS: 'Реквизиты для оплаты',
};
