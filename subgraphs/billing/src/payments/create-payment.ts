import { randomUUID } from 'node:crypto';
import { companyScopeSql, idempotent, notFound, type Viewer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Payment, PaymentMethod } from '../data/entities';
import type { Billing } from '../runtime';
import { CARD_PAYMENT_TTL_MS } from './expiry';
import { INVOICE_SERIES, nextNumber } from './numbers';
import { readPayment } from './rows';

export interface NewPayment {
  accountId: string;
  /** The monthly invoice paid, if the payer named one (its account is `accountId`). */
  invoiceId: string | null;
  amountMinor: bigint;
  method: PaymentMethod;
  idempotencyKey: string;
}

/** The account, if the caller may see it: their company's, and on their access list. */
async function visibleAccount(tx: EntityManager, viewer: Viewer, accountId: string) {
  const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 2);
  const [account] = await tx.query(
    `SELECT a.account_id AS "accountId", a.company_id AS "companyId", a.currency
     FROM billing_accounts a WHERE a.account_id = $1 AND ${scope.sql}`,
    [accountId, ...scope.params],
  );
  if (!account) throw notFound('Personal account');
  return account as { accountId: string; companyId: string; currency: string };
}

/** What the acquirer shows the payer. */
const descriptionOf = (payment: Payment) =>
  payment.invoiceId
    ? `Оплата счёта, платёж ${payment.id.slice(0, 8)}`
    : `Пополнение лицевого счёта, платёж ${payment.id.slice(0, 8)}`;

/**
 * Opens the acquirer's session for a card payment that has none yet, and keeps its URL. Outside any
 * transaction: the acquirer is an outside service. A failed start leaves the payment PENDING without a URL;
 * repeating the request (same idempotency key) tries again, and otherwise it expires.
 */
export async function startCardSession(billing: Billing, db: DataSource, payment: Payment): Promise<Payment> {
  if (payment.method !== 'CARD' || payment.state !== 'PENDING' || payment.paymentUrl) return payment;
  const started = await billing.acquirer.start({
    paymentId: payment.id,
    amountMinor: BigInt(payment.amountMinor),
    currency: payment.currency,
    description: descriptionOf(payment),
    expiresAt: new Date(payment.expiresAt as Date),
  });
  // Another request with the same key may have started a session too: the first URL kept is the payment's.
  await db.query(
    'UPDATE payments SET acquirer_reference = $2, payment_url = $3 WHERE id = $1 AND payment_url IS NULL',
    [payment.id, started.reference, started.paymentUrl],
  );
  return (await readPayment(db, payment.id)) as Payment;
}

/**
 * Creates a payment, once per idempotency key of the caller: the same key with the same input answers the
 * first payment; with another input, CONFLICT. CARD: PENDING with a payment page at the acquirer, for 30
 * minutes. INVOICE: PENDING with a bank invoice numbered in the year's series, until a registry settles it.
 */
export async function createPayment(
  billing: Billing,
  db: DataSource,
  viewer: Viewer,
  input: NewPayment,
): Promise<Payment> {
  const { paymentId } = await db.transaction((tx) =>
    idempotent(
      tx,
      `createPayment:${viewer.userId}`,
      input.idempotencyKey,
      {
        accountId: input.accountId,
        invoiceId: input.invoiceId,
        amountMinor: String(input.amountMinor),
        method: input.method,
      },
      async () => {
        const account = await visibleAccount(tx, viewer, input.accountId);
        const now = billing.clock.now();
        const id = randomUUID();
        const card = input.method === 'CARD';
        await tx.query(
          `INSERT INTO payments (id, account_id, company_id, method, state, amount_minor, currency, idempotency_key,
             created_by, invoice_number, created_at, expires_at, invoice_id)
           VALUES ($1, $2, $3, $4, 'PENDING', $5, $6, $7, $8, $9, $10, $11, $12)`,
          [
            id,
            account.accountId,
            account.companyId,
            input.method,
            String(input.amountMinor),
            account.currency,
            input.idempotencyKey,
            viewer.userId,
            card ? null : await nextNumber(tx, INVOICE_SERIES, now),
            now,
            card ? new Date(now.getTime() + CARD_PAYMENT_TTL_MS) : null,
            input.invoiceId,
          ],
        );
        return { paymentId: id };
      },
    ),
  );
  return startCardSession(billing, db, (await readPayment(db, paymentId)) as Payment);
}
