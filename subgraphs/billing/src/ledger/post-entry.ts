import { randomUUID } from 'node:crypto';
import { BALANCE_CHANGED, type BalanceChangedPayload } from '@kabinet/contracts';
import { companyStream, isUuid, notFound, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type AccountCredit, creditLimitWatch } from '../credit/limit-crossings';
import type { LedgerEntryKind } from '../data/entities';
import { settleRepaidPromisedPayments } from '../promised-payments/repayment';

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
  /** For charges: the kind of service charged for (statistics group by it). */
  serviceKind?: string | null;
  /** The entry this one reverses: it moves the balance the opposite way of its kind (entries never change). */
  reverses?: string;
}

interface LockedAccount extends AccountCredit {
  balanceMinor: string;
}

/**
 * Locks the accounts' rows, in id order so that concurrent postings cannot deadlock, and checks the caller
 * may post to each. Postings on one account serialise here, so each event carries the balance right after it.
 */
async function lockAccounts(tx: EntityManager, scope: string | null, accountIds: string[]) {
  const ids = [...new Set(accountIds)];
  if (!ids.every(isUuid)) throw notFound('Personal account');
  const rows: LockedAccount[] = await tx.query(
    `SELECT account_id AS "accountId", company_id AS "companyId", currency, balance_minor::text AS "balanceMinor",
       credit_limit_minor::text AS "creditLimitMinor", over_credit_limit AS "overCreditLimit"
     FROM billing_accounts WHERE account_id = ANY($1) ORDER BY account_id FOR UPDATE`,
    [ids],
  );
  if (rows.length !== ids.length || rows.some((a) => scope !== null && a.companyId !== scope)) {
    throw notFound('Personal account');
  }
  return new Map(rows.map((a) => [a.accountId, a]));
}

export interface PostedEntry {
  payload: BalanceChangedPayload;
  sequence: number;
  companyId: string;
}

/**
 * Appends entries and publishes a BalanceChanged for each, in the caller's transaction, all or none; results
 * in input order. Three statements however many entries: lock the accounts (their balances are exact while
 * locked), write entries and new balances, publish. Accounts are locked before any stream (publishing locks
 * streams), in id order, so concurrent postings take their locks in one order.
 *
 * Credit: an account whose balance crosses minus its credit limit publishes CreditLimitExceeded (going
 * below, on a debit) or CreditRestored (coming back, on a credit) with the posting — see
 * `credit/limit-crossings.ts`. A posting with payments also settles promised payments they repay (a fourth
 * statement).
 */
export async function postEntries(
  tx: EntityManager,
  scope: string | null,
  inputs: NewEntry[],
  now: Date,
): Promise<PostedEntry[]> {
  const accounts = await lockAccounts(
    tx,
    scope,
    inputs.map((i) => i.accountId),
  );
  const balances = new Map([...accounts.values()].map((a) => [a.accountId, BigInt(a.balanceMinor)]));
  const occurredAt = now.toISOString();
  const creditLimits = creditLimitWatch(accounts.values(), occurredAt);
  const payloads: BalanceChangedPayload[] = inputs.map((input) => {
    const account = accounts.get(input.accountId) as LockedAccount;
    const amountMinor = (input.reverses ? -1n : 1n) * SIGN[input.kind] * input.amountMinor;
    const balance = (balances.get(account.accountId) as bigint) + amountMinor;
    balances.set(account.accountId, balance);
    const id = randomUUID();
    creditLimits.entry(account.accountId, id, amountMinor, balance);
    return {
      accountId: account.accountId,
      entry: {
        id,
        kind: input.kind,
        amountMinor: String(amountMinor),
        currency: account.currency,
        description: input.description,
        occurredAt,
      },
      balanceMinor: String(balance),
    };
  });
  await tx.query(
    `WITH entries AS (
       INSERT INTO ledger_entries (id, account_id, company_id, kind, amount_minor, currency, description,
         occurred_at, service_kind, reverses_entry_id)
       SELECT e.id, e.account_id, e.company_id, e.kind, e.amount_minor, e.currency, e.description, e.occurred_at,
         e.service_kind, e.reverses_entry_id
       FROM jsonb_to_recordset($1::jsonb) AS e(id uuid, account_id uuid, company_id uuid, kind text,
         amount_minor bigint, currency text, description text, occurred_at timestamptz, service_kind text,
         reverses_entry_id uuid)
     )
     UPDATE billing_accounts SET balance_minor = b.balance_minor, over_credit_limit = b.over_credit_limit
     FROM jsonb_to_recordset($2::jsonb) AS b(account_id uuid, balance_minor bigint, over_credit_limit boolean)
     WHERE billing_accounts.account_id = b.account_id`,
    [
      JSON.stringify(
        payloads.map(({ accountId, entry }, i) => ({
          id: entry.id,
          account_id: accountId,
          company_id: (accounts.get(accountId) as LockedAccount).companyId,
          kind: entry.kind,
          amount_minor: entry.amountMinor,
          currency: entry.currency,
          description: entry.description,
          occurred_at: entry.occurredAt,
          service_kind: inputs[i].serviceKind ?? null,
          reverses_entry_id: inputs[i].reverses ?? null,
        })),
      ),
      JSON.stringify(
        [...balances].map(([account_id, balance]) => ({
          account_id,
          balance_minor: String(balance),
          over_credit_limit: creditLimits.isOver(account_id),
        })),
      ),
    ],
  );
  if (inputs.some((i) => i.kind === 'PAYMENT' && !i.reverses)) {
    await settleRepaidPromisedPayments(
      tx,
      inputs.filter((i) => i.kind === 'PAYMENT').map((i) => i.accountId),
      now,
    );
  }
  // Crossings of credit limits follow the balance changes, so an event's sequence is its entry's index.
  const events = await publishMany(tx, [
    ...payloads.map((payload) => {
      const { companyId } = accounts.get(payload.accountId) as LockedAccount;
      return { stream: companyStream(companyId), type: BALANCE_CHANGED, companyId, payload };
    }),
    ...creditLimits.events(),
  ]);
  return payloads.map((payload, i) => ({
    payload,
    sequence: events[i].seq,
    companyId: events[i].companyId as string,
  }));
}
