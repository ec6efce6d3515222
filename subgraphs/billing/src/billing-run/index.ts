import type { Viewer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { invoiceLoader, invoicePagesLoader } from './invoices';
import { usagePagesLoader } from './usage';

/** The per-request loaders of invoices and usage. */
export const billingRunLoaders = (db: DataSource, viewer: Viewer | null) => ({
  invoice: invoiceLoader(db, viewer),
  invoicePages: invoicePagesLoader(db, viewer),
  usagePages: usagePagesLoader(db, viewer),
});
