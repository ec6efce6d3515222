import { z } from 'zod';
import { instant, minorUnits, uuid } from './fields';

/** Billing, when the monthly billing run issues an account's invoice (and act) for a month. */
export const INVOICE_ISSUED = 'InvoiceIssued';

export const invoiceIssued = z.looseObject({
  invoiceId: uuid,
  accountId: uuid,
  number: z.string(),
  /** The month billed, "YYYY-MM". */
  month: z.string().regex(/^\d{4}-\d{2}$/),
  totalMinor: minorUnits,
  currency: z.string(),
  /** Moscow calendar date, "YYYY-MM-DD". */
  dueDate: z.iso.date(),
  issuedAt: instant,
});
export type InvoiceIssuedPayload = z.infer<typeof invoiceIssued>;
