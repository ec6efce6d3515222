import { randomUUID } from 'node:crypto';
import { companyStream, isUuid, notFound, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { LedgerEntryKind } from '../data/entities';

/** Which way each kind moves the balance. A refund pays money back out of the account. */
const SIGN: Record<LedgerEntryKind, 1n | -1n> = {
  PAYMENT: 1n,
  CREDIT: 1n,
  PROMISED_PAYMENT: 1n,
  CHARGE: -1n,
  REFUND: -1n,
};

export interface NewEntry {
  accountId: string;
  kind: LedgerEntryKind;
  /** Positive minor units; the kind decides the sign. */
  amountMinor: bigint;
  description: string;
}

/** The event every balance change publishes; subscriptions are built from it alone. */
export interface BalanceChangedPayload {
  accountId: string;
  entry: {
    id: string;
    kind: LedgerEntryKind;
    amountMinor: string;
    currency: string;
    description: string;
    occurredAt: string;
  };
  balanceMinor: string;
  [key: string]: unknown;
}

/**
 * Appends one entry and publishes BalanceChanged, in the caller's transaction. The account's row is locked
 * first, so concurrent postings on one account serialise and each event carries the balance right after it.
 */
export async function postEntry(tx: EntityManager, scope: string | null, input: NewEntry) {
  if (!isUuid(input.accountId)) throw notFound('Personal account');
  const [account]: { company_id: string; currency: string }[] = await tx.query(
    'SELECT company_id, currency FROM billing_accounts WHERE account_id = $1 FOR UPDATE',
    [input.accountId],
  );
  if (!account || (scope !== null && account.company_id !== scope)) throw notFound('Personal account');
  const entry = {
    id: randomUUID(),
    kind: input.kind,
    amountMinor: String(SIGN[input.kind] * input.amountMinor),
    currency: account.currency,
    description: input.description,
    occurredAt: new Date(),
  };
  // One statement, started after the lock: its snapshot holds every earlier entry of the account, and the
  // new entry is added to the sum by hand (a statement does not see its own inserts).
  const [{ balance }] = await tx.query(
    `WITH inserted AS (
       INSERT INTO ledger_entries (id, account_id, company_id, kind, amount_minor, currency, description, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING amount_minor
     )
     SELECT ((SELECT coalesce(sum(amount_minor), 0) FROM ledger_entries WHERE account_id = $2)
       + (SELECT amount_minor FROM inserted))::text AS balance`,
    [
      entry.id,
      input.accountId,
      account.company_id,
      entry.kind,
      entry.amountMinor,
      entry.currency,
      entry.description,
      entry.occurredAt,
    ],
  );
  const companyId = account.company_id;
  const payload: BalanceChangedPayload = {
    accountId: input.accountId,
    entry: {
      id: entry.id,
      kind: entry.kind,
      amountMinor: entry.amountMinor,
      currency: entry.currency,
      description: entry.description,
      occurredAt: entry.occurredAt.toISOString(),
    },
    balanceMinor: balance,
  };
  const event = await publish(tx, {
    stream: companyStream(companyId),
    type: 'BalanceChanged',
    companyId,
    payload,
  });
  return { payload, sequence: event.seq };
}
