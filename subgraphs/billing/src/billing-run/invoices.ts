import { companyScopeSql, isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { afterCursor, lateralPages, type PageKey } from '../statements/lateral-pages';

export interface StoredLine {
  serviceId: string;
  serviceKind: string;
  description: string;
  amountMinor: string;
  days: number | null;
}

export interface InvoiceRow {
  id: string;
  number: string;
  accountId: string;
  companyId: string;
  month: string;
  issuedAt: Date;
  dueDate: string;
  totalMinor: string;
  currency: string;
  lines: StoredLine[];
  sentAt: Date | null;
  /** What of it is unpaid: payments settle the oldest charges first, so the debts after it are paid last. */
  dueMinor: string;
}

const COLUMNS = `i.id, i.number, i.account_id AS "accountId", i.company_id AS "companyId", i.month,
  i.issued_at AS "issuedAt", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate", i.total_minor::text AS "totalMinor",
  i.currency, i.lines, i.sent_at AS "sentAt",
  greatest(0, least(i.total_minor, greatest(-a.balance_minor, 0) - coalesce((
    SELECT -sum(e.amount_minor) FROM ledger_entries e
    WHERE e.account_id = i.account_id AND e.amount_minor < 0 AND e.occurred_at > i.issued_at), 0)))::text AS "dueMinor"`;

/** Invoices by id, one statement per batch; null for one missing or not the caller's. */
export const invoiceLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<string, InvoiceRow | null>(async (ids) => {
    const scope = companyScopeSql(viewer, { company: 'i.company_id', account: 'i.account_id' }, 2);
    const rows: InvoiceRow[] = await db.query(
      `SELECT ${COLUMNS} FROM invoices i JOIN billing_accounts a ON a.account_id = i.account_id
       WHERE i.id = ANY($1::uuid[]) AND ${scope.sql}`,
      [ids.filter(isUuid), ...scope.params],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  });

/** Pages of accounts' invoices, newest first; `ownerId` is the account. */
export const invoicePagesLoader = (db: DataSource, viewer: Viewer | null) =>
  lateralPages<PageKey, InvoiceRow>(
    (k) => String(k.first),
    (group, params) => {
      const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 5);
      return db.query(
        `SELECT q.key, p.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) WITH ORDINALITY
           AS q(account_id, after_at, after_id, key)
         JOIN billing_accounts a ON a.account_id = q.account_id AND ${scope.sql}
         CROSS JOIN LATERAL (
           SELECT ${COLUMNS} FROM invoices i
           WHERE i.account_id = q.account_id
             AND ${afterCursor('i.issued_at', 'i.id')}
           ORDER BY i.issued_at DESC, i.id DESC LIMIT $4
         ) p`,
        [...params, group[0].first + 1, ...scope.params],
      );
    },
  );

export type InvoiceState = 'NEW' | 'SENT' | 'PARTIALLY_PAID' | 'SETTLED' | 'OVERDUE';

/** Where an invoice stands on `today` (a Moscow date). */
export function invoiceState(invoice: InvoiceRow, today: string): InvoiceState {
  const due = BigInt(invoice.dueMinor);
  if (due === 0n) return 'SETTLED';
  if (today > invoice.dueDate) return 'OVERDUE';
  if (due < BigInt(invoice.totalMinor)) return 'PARTIALLY_PAID';
  return invoice.sentAt ? 'SENT' : 'NEW';
}
