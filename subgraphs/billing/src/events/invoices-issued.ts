import { INVOICE_ISSUED, parseEvent } from '@kabinet/contracts';
import { addDays, type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** The last day of a month "YYYY-MM". */
const lastDay = (month: string) => {
  const [year, number] = month.split('-').map(Number);
  const next = number === 12 ? `${year + 1}-01-01` : `${year}-${String(number + 1).padStart(2, '0')}-01`;
  return addDays(next, -1);
};

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
    },
  }),
];
