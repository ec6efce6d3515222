import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED, type CreditLimitExceededPayload } from '@kabinet/contracts';
import { companyStream, type NewEvent } from '@kabinet/kit';

/** What a posting needs to know of an account's credit, read under the account's lock. */
export interface AccountCredit {
  accountId: string;
  companyId: string;
  currency: string;
  creditLimitMinor: string;
  /** Whether the balance is below minus the limit, as of the last crossing announced. */
  overCreditLimit: boolean;
}

/**
 * Watches balances move past minus the credit limit during one posting. A debit that leaves the balance
 * below `-limit` while the account was not over announces CreditLimitExceeded; a credit that brings it back
 * to `-limit` or above while it was over announces CreditRestored. So one crossing is one event however many
 * charges follow, and a payment that leaves the account still below the limit announces nothing.
 */
export function creditLimitWatch(accounts: Iterable<AccountCredit>, occurredAt: string) {
  const over = new Map<string, boolean>();
  const byId = new Map<string, AccountCredit>();
  for (const account of accounts) {
    over.set(account.accountId, account.overCreditLimit);
    byId.set(account.accountId, account);
  }
  const events: NewEvent[] = [];
  return {
    /** Called after each entry, in posting order, with the entry's signed amount and the balance after it. */
    entry(accountId: string, entryId: string | null, amountMinor: bigint, balanceMinor: bigint) {
      const account = byId.get(accountId) as AccountCredit;
      const below = balanceMinor < -BigInt(account.creditLimitMinor);
      const wasOver = over.get(accountId) as boolean;
      const crossed = (amountMinor < 0n && below && !wasOver) || (amountMinor > 0n && !below && wasOver);
      if (!crossed) return;
      over.set(accountId, below);
      events.push(crossingEvent(account, below, entryId, balanceMinor, occurredAt));
    },
    /** Whether each account ends over its limit, to store with the balance. */
    isOver: (accountId: string) => over.get(accountId) as boolean,
    /** The crossings to publish with the posting. */
    events: () => events,
  };
}

/** The event announcing that `account` went over its limit (`below`) or came back within it. */
export function crossingEvent(
  account: Pick<AccountCredit, 'accountId' | 'companyId' | 'currency' | 'creditLimitMinor'>,
  below: boolean,
  entryId: string | null,
  balanceMinor: bigint,
  occurredAt: string,
): NewEvent {
  const payload: CreditLimitExceededPayload = {
    accountId: account.accountId,
    companyId: account.companyId,
    balanceMinor: String(balanceMinor),
    creditLimitMinor: String(account.creditLimitMinor),
    currency: account.currency,
    entryId,
    occurredAt,
  };
  return {
    stream: companyStream(account.companyId),
    type: below ? CREDIT_LIMIT_EXCEEDED : CREDIT_RESTORED,
    companyId: account.companyId,
    payload,
  };
}
