import { badInput, type FieldProblem, formatMinor, moscowDate } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Payment } from '../data/entities';
import { OPERATOR } from '../operator';
import { PAYMENT_COLUMNS } from './rows';
import { succeed } from './state';

const russianDate = (instant: Date) => moscowDate(instant).split('-').reverse().join('.');

/** VAT inside a gross amount at the operator's rate, rounded to the kopeck. */
export const vatIncluded = (grossMinor: bigint) =>
  (grossMinor * BigInt(OPERATOR.vatPercent) * 2n + BigInt(100 + OPERATOR.vatPercent)) /
  (BigInt(100 + OPERATOR.vatPercent) * 2n);

/**
 * The bank invoice (счёт на оплату) of an INVOICE payment: whom to pay (the operator's bank details), how
 * much, and the purpose of payment the payer's bank order must carry — its number settles the payment.
 */
export function bankInvoiceOf(payment: Payment) {
  const amountMinor = BigInt(payment.amountMinor);
  const number = payment.invoiceNumber as string;
  const date = russianDate(new Date(payment.createdAt));
  return {
    number,
    issuedAt: payment.createdAt,
    amountMinor,
    currency: payment.currency,
    vatMinor: vatIncluded(amountMinor),
    payee: OPERATOR,
    accountId: payment.accountId,
    purpose:
      `Оплата по счёту № ${number} от ${date} за услуги связи. ` +
      `Сумма ${formatMinor(amountMinor)} руб., в т.ч. НДС ${OPERATOR.vatPercent}% ` +
      `${formatMinor(vatIncluded(amountMinor))} руб.`,
  };
}

/** A registry line that names a bank invoice: it pays that invoice. */
export interface InvoiceLine {
  /** Where the line's fields are in the request, e.g. `inputs.3.` (empty for a single entry). */
  path: string;
  accountId: string;
  amountMinor: bigint;
  invoiceNumber: string;
}

/**
 * Checks the registry lines that name bank invoices and locks those payments, before anything is posted:
 * each number must be a PENDING invoice of the line's own account, for the line's amount, named once.
 * Anything else is BAD_USER_INPUT naming `<path>invoiceNumber` (or `<path>amount`), and nothing is written.
 * Answers what settles them once the registry's entries are posted: the registry's own posting is each
 * payment's money, never a second one.
 */
export async function lockInvoicesToSettle(tx: EntityManager, lines: InvoiceLine[]) {
  if (lines.length === 0) return async () => {};
  const payments: Payment[] = await tx.query(
    `SELECT ${PAYMENT_COLUMNS} FROM payments WHERE invoice_number = ANY($1) ORDER BY id FOR UPDATE`,
    [lines.map((l) => l.invoiceNumber)],
  );
  const byNumber = new Map(payments.map((p) => [p.invoiceNumber, p]));
  const problems: FieldProblem[] = [];
  const named = new Set<string>();
  for (const line of lines) {
    const payment = byNumber.get(line.invoiceNumber);
    const field = `${line.path}invoiceNumber`;
    if (!payment || payment.accountId !== line.accountId) {
      problems.push({ field, message: 'is no bank invoice of this personal account' });
    } else if (named.has(line.invoiceNumber)) {
      problems.push({ field, message: 'is named by another line of this registry' });
    } else if (payment.state !== 'PENDING') {
      problems.push({ field, message: `is already closed (${payment.state})` });
    } else if (BigInt(payment.amountMinor) !== line.amountMinor) {
      problems.push({
        field: `${line.path}amount`,
        message: `must equal the invoice's amount, ${formatMinor(payment.amountMinor)}`,
      });
    }
    named.add(line.invoiceNumber);
  }
  if (problems.length > 0) throw badInput(problems);
  return async (entryIds: string[], now: Date) => {
    for (const [i, line] of lines.entries()) {
      await succeed(tx, byNumber.get(line.invoiceNumber) as Payment, now, { entryId: entryIds[i] });
    }
  };
}
