import type { Period } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { StoredLine } from '../../billing-run/invoices';
import { OPERATOR } from '../../operator';
import type { DocumentSubject } from '../content';
import { russianDate, russianDay } from '../format';

/** An invoice the monthly billing run issued, as documents read it. */
export interface IssuedInvoice {
  number: string;
  month: string;
  issuedAt: Date;
  dueDate: string;
  totalMinor: bigint;
  lines: StoredLine[];
  accountNumber: string | null;
}

/**
 * The invoices of the months the period touches (a month's invoice is issued after the month, so a period is
 * read as the months it covers), of the account or of every account of the contract, oldest first.
 */
export async function invoicesOf(
  tx: EntityManager,
  subject: DocumentSubject,
  period: Period,
): Promise<IssuedInvoice[]> {
  const scope = subject.accountId
    ? { sql: 'i.account_id = $1', value: subject.accountId }
    : { sql: 'i.company_id = $1', value: subject.company.companyId };
  const rows: (Omit<IssuedInvoice, 'totalMinor'> & { totalMinor: string })[] = await tx.query(
    `SELECT i.number, i.month, i.issued_at AS "issuedAt", to_char(i.due_date, 'YYYY-MM-DD') AS "dueDate",
       i.total_minor::text AS "totalMinor", i.lines, a.number AS "accountNumber"
     FROM invoices i JOIN billing_accounts a ON a.account_id = i.account_id
     WHERE ${scope.sql} AND i.month BETWEEN $2 AND $3
     ORDER BY i.month, a.number, i.number`,
    [scope.value, period.from.slice(0, 7), period.to.slice(0, 7)],
  );
  return rows.map((row) => ({ ...row, totalMinor: BigInt(row.totalMinor) }));
}

/** The VAT included in a price (the operator's rate), in kopecks, half up. */
export const includedVat = (totalMinor: bigint): bigint => {
  const rate = BigInt(OPERATOR.vatPercent);
  return (totalMinor * rate * 2n + (100n + rate)) / (2n * (100n + rate));
};

/** "Счёт № 203003-000042 от 01.04.2030 за 2030-03, лицевой счёт № 5100000001". */
export const invoiceTitle = (invoice: IssuedInvoice) =>
  `№ ${invoice.number} от ${russianDate(invoice.issuedAt)} за ${invoice.month}` +
  (invoice.accountNumber ? `, лицевой счёт № ${invoice.accountNumber}` : '');

export const periodLine = (period: Period) =>
  `за период с ${russianDay(period.from)} по ${russianDay(period.to)}`;
