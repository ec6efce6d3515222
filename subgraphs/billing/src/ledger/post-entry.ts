import { randomUUID } from 'node:crypto';
import { companyStream, notFound, publish } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { BillingAccount, LedgerEntry, type LedgerEntryKind } from '../data/entities';

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
  const account = await tx
    .getRepository(BillingAccount)
    .createQueryBuilder('a')
    .setLock('pessimistic_write')
    .where('a.accountId = :id', { id: input.accountId })
    .getOne();
  if (!account || (scope !== null && account.companyId !== scope)) throw notFound('Personal account');
  const entry = tx.getRepository(LedgerEntry).create({
    id: randomUUID(),
    accountId: account.accountId,
    companyId: account.companyId,
    kind: input.kind,
    amountMinor: String(SIGN[input.kind] * input.amountMinor),
    currency: account.currency,
    description: input.description,
    occurredAt: new Date(),
  });
  await tx.getRepository(LedgerEntry).insert(entry);
  const [{ balance }] = await tx.query(
    'SELECT coalesce(sum(amount_minor), 0)::text AS balance FROM ledger_entries WHERE account_id = $1',
    [account.accountId],
  );
  const payload: BalanceChangedPayload = {
    accountId: account.accountId,
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
    stream: companyStream(account.companyId),
    type: 'BalanceChanged',
    companyId: account.companyId,
    payload,
  });
  return { payload, sequence: event.seq };
}
