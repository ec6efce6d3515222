import type { DocumentSource } from '../content';
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

const notYet = (why: string): DocumentSource => ({
  unavailable: why,
  build: () => Promise.reject(new Error(why)),
});

/** Where each type's content comes from: one small module per type. */
export const DOCUMENT_SOURCES: Record<DocumentType, DocumentSource> = {
  RECONCILIATION_ACT: reconciliationAct,
  PAYMENT_DETAILS: paymentDetails,
  INVOICE: notYet('invoices are issued by the monthly billing run, which billing does not run yet'),
  ACT: notYet('acts are issued by the monthly billing run, which billing does not run yet'),
  DETAILED_INVOICE: notYet(
    'detailed invoices come from the monthly billing run, which billing does not run yet',
  ),
  RECEIPT: receipt,
};

/** Russian names of the types, for file names and letters. */
export const DOCUMENT_TITLES: Record<DocumentType, string> = {
  INVOICE: 'Счёт',
  ACT: 'Акт выполненных работ',
  DETAILED_INVOICE: 'Детализация счёта',
  RECEIPT: 'Квитанция об оплате',
  RECONCILIATION_ACT: 'Акт сверки',
  PAYMENT_DETAILS: 'Реквизиты для оплаты',
};
