import { PROMISED_PAYMENT_DUE, type PromisedPaymentDuePayload } from '@kabinet/contracts';
import { companyStream, type Logger, publishMany } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { pollInBatches } from '../credit/poll';
import { postEntries } from '../ledger/post-entry';
import type { Billing } from '../runtime';

/** Promised payments one pass reverses at most; the rest wait for the next pass. */
const BATCH = 100;

interface DuePayment {
  id: string;
  accountId: string;
  companyId: string;
  amountMinor: string;
  currency: string;
  entryId: string;
  dueAt: Date;
}

/**
 * Reverses the promised payments past their deadline and still OPEN (a payment covering one marks it
 * REPAID first, see `repayment.ts`): a reversing PROMISED_PAYMENT entry of opposite sign takes the amount
 * back off the balance, the promised payment becomes REVERSED (which bars new ones for three months), and
 * PromisedPaymentDue is published. Safe with several replicas: the accounts are locked with SKIP LOCKED
 * (accounts first, as every posting locks them), the state is read again under the lock, and the ledger
 * accepts one reversal per entry. Returns how many were reversed.
 */
export async function reverseDuePromisedPayments(tx: EntityManager, now: Date): Promise<number> {
  const locked: { id: string }[] = await tx.query(
    `SELECT p.id FROM promised_payments p JOIN billing_accounts a ON a.account_id = p.account_id
     WHERE p.state = 'OPEN' AND p.due_at <= $1
     ORDER BY a.account_id LIMIT $2 FOR UPDATE OF a SKIP LOCKED`,
    [now, BATCH],
  );
  if (locked.length === 0) return 0;
  const due: DuePayment[] = await tx.query(
    `SELECT id, account_id AS "accountId", company_id AS "companyId", amount_minor::text AS "amountMinor",
       currency, entry_id AS "entryId", due_at AS "dueAt"
     FROM promised_payments WHERE id = ANY($1) AND state = 'OPEN' ORDER BY account_id FOR UPDATE`,
    [locked.map((p) => p.id)],
  );
  if (due.length === 0) return 0;
  const posted = await postEntries(
    tx,
    null,
    due.map((p) => ({
      accountId: p.accountId,
      kind: 'PROMISED_PAYMENT' as const,
      amountMinor: BigInt(p.amountMinor),
      description: 'Возврат обещанного платежа: не погашен в срок',
      reverses: p.entryId,
    })),
    now,
  );
  await tx.query(
    `UPDATE promised_payments p SET state = 'REVERSED', settled_at = $2, reversal_entry_id = r.entry_id
     FROM unnest($1::uuid[], $3::uuid[]) AS r(id, entry_id) WHERE p.id = r.id`,
    [due.map((p) => p.id), now, posted.map((p) => p.payload.entry.id)],
  );
  await publishMany(
    tx,
    due.map((p, i) => {
      const payload: PromisedPaymentDuePayload = {
        promisedPaymentId: p.id,
        accountId: p.accountId,
        companyId: p.companyId,
        amountMinor: p.amountMinor,
        currency: p.currency,
        reversalEntryId: posted[i].payload.entry.id,
        dueAt: new Date(p.dueAt).toISOString(),
        balanceMinor: posted[i].payload.balanceMinor,
        occurredAt: now.toISOString(),
      };
      return {
        stream: companyStream(p.companyId),
        type: PROMISED_PAYMENT_DUE,
        companyId: p.companyId,
        payload,
      };
    }),
  );
  return due.length;
}

/** Checks deadlines every `pollMs` by billing's clock, until stopped. */
export const promisedPaymentDeadlines = (
  billing: Pick<Billing, 'clock'>,
  deps: { db: DataSource; log: Logger },
  pollMs: number,
) =>
  pollInBatches('promised-payment-deadlines', deps, pollMs, BATCH, (tx) =>
    reverseDuePromisedPayments(tx, billing.clock.now()),
  );
