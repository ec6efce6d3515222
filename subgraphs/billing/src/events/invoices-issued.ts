import { INVOICE_ISSUED, type InvoiceIssuedPayload, parseEvent } from '@kabinet/contracts';
import { addDays, type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { nextMonth } from '../billing-run/month';
import { award, E_INVOICE_POINTS } from '../bonus/points';

/** The last day of a month "YYYY-MM". */
const lastDay = (month: string) => addDays(`${nextMonth(month)}-01`, -1);

/** Bonus points for an invoice delivered electronically: once per invoice, however many addresses get it. */
async function awardElectronicInvoice(tx: EntityManager, invoice: InvoiceIssuedPayload) {
  const [subscribed]: { companyId: string }[] = await tx.query(
    `SELECT company_id AS "companyId" FROM document_subscriptions
     WHERE account_id = $1 AND 'INVOICE' = ANY(types) AND created_at <= $2 LIMIT 1`,
    [invoice.accountId, invoice.issuedAt],
  );
  if (!subscribed) return;
  await award(tx, {
    companyId: subscribed.companyId,
    kind: 'E_INVOICE',
    points: E_INVOICE_POINTS,
    reference: invoice.invoiceId,
    description: `Электронный счёт ${invoice.number}`,
    at: new Date(invoice.issuedAt),
  });
}

/**
 * Monthly document subscriptions: when the billing run issues an account's invoice, each subscription of the
 * account (made before the invoice) gets its documents of that month requested with its address, and the
 * document worker produces and e-mails them.
 */
export const issuedInvoices = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'billing',
    name: 'billing.document-subscriptions',
    types: [INVOICE_ISSUED],
    log,
    async handle(event, tx) {
      const invoice = parseEvent(INVOICE_ISSUED, event.payload);
      await tx.query(
        `INSERT INTO documents (id, company_id, account_id, contract_number, type, format, period_from, period_to,
           email, status, requested_by, created_at)
         SELECT gen_random_uuid(), s.company_id, s.account_id, r.contract_number, t.type, s.format, $2::date,
           $3::date, s.email, 'PENDING', s.created_by, $4
         FROM document_subscriptions s
         JOIN company_requisites r ON r.company_id = s.company_id
         CROSS JOIN LATERAL unnest(s.types) AS t(type)
         WHERE s.account_id = $1 AND s.created_at <= $4`,
        [invoice.accountId, `${invoice.month}-01`, lastDay(invoice.month), invoice.issuedAt],
      );
      await awardElectronicInvoice(tx, invoice);
    },
  }),
];
