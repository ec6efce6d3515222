import type { EntityManager } from 'typeorm';
import type { Payment } from '../data/entities';

/** The payments columns under the entity's property names, for raw SQL that returns `Payment`s. */
export const PAYMENT_COLUMNS = `id, account_id AS "accountId", company_id AS "companyId", method, state,
  amount_minor::text AS "amountMinor", currency, idempotency_key AS "idempotencyKey", created_by AS "createdBy",
  acquirer_reference AS "acquirerReference", payment_url AS "paymentUrl", needs_confirmation AS "needsConfirmation",
  card_mask AS "cardMask", card_token AS "cardToken", invoice_id AS "invoiceId", invoice_number AS "invoiceNumber",
  receipt_number AS "receiptNumber", ledger_entry_id AS "ledgerEntryId", failure_reason AS "failureReason",
  created_at AS "createdAt", expires_at AS "expiresAt", completed_at AS "completedAt"`;

/** One payment, locked until the caller's transaction ends (every change of state starts here). */
export async function lockPayment(tx: EntityManager, id: string): Promise<Payment | null> {
  const [row] = await tx.query(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE id = $1 FOR UPDATE`, [id]);
  return row ?? null;
}

/** One payment as it is now (no lock). */
export async function readPayment(db: Pick<EntityManager, 'query'>, id: string): Promise<Payment | null> {
  const [row] = await db.query(`SELECT ${PAYMENT_COLUMNS} FROM payments WHERE id = $1`, [id]);
  return row ?? null;
}
