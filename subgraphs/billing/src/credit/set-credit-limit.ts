import { isUuid, notFound, publishMany } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type AccountCredit, crossingEvent } from './limit-crossings';

/**
 * Sets an account's credit limit, under the account's lock. The new limit is judged at once: raising it above
 * the debt announces CreditRestored, lowering it below the debt CreditLimitExceeded (no ledger entry moved,
 * so the events name none). Returns the company, for the audit.
 */
export async function setCreditLimit(
  tx: EntityManager,
  accountId: string,
  limitMinor: bigint,
  now: Date,
): Promise<{ companyId: string }> {
  if (!isUuid(accountId)) throw notFound('Personal account');
  const [account]: (AccountCredit & { balanceMinor: string })[] = await tx.query(
    `SELECT account_id AS "accountId", company_id AS "companyId", currency, balance_minor::text AS "balanceMinor",
       over_credit_limit AS "overCreditLimit"
     FROM billing_accounts WHERE account_id = $1 FOR UPDATE`,
    [accountId],
  );
  if (!account) throw notFound('Personal account');
  const balance = BigInt(account.balanceMinor);
  const below = balance < -limitMinor;
  await tx.query(
    'UPDATE billing_accounts SET credit_limit_minor = $2, over_credit_limit = $3 WHERE account_id = $1',
    [accountId, String(limitMinor), below],
  );
  if (below !== account.overCreditLimit) {
    const changed = { ...account, creditLimitMinor: String(limitMinor) };
    await publishMany(tx, [crossingEvent(changed, below, null, balance, now.toISOString())]);
  }
  return { companyId: account.companyId };
}
