import {
  badInput,
  companyScopeSql,
  formatMinor,
  isUuid,
  moscowDate,
  notFound,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { type PostedEntry, postEntries } from '../ledger/post-entry';
import { type Eligibility, eligibilityOf } from './eligibility';
import { PROMISED_PAYMENT_MS } from './rules';

export interface TakenPromisedPayment {
  id: string;
  posted: PostedEntry;
}

/**
 * Takes a promised payment on an account the caller may see: credits the balance now with a PROMISED_PAYMENT
 * entry due back in seven days. Under the account's lock, so two requests cannot both open one. Refused
 * (BAD_USER_INPUT, nothing written) while one is open, after an overdue debt or a reversed promised payment
 * in the last three months (see `rules.ts`), and over the cap: the average monthly charge of the last three
 * whole months, or 1,000.00 for an account charged nothing in them.
 */
export async function takePromisedPayment(
  tx: EntityManager,
  viewer: Viewer,
  accountId: string,
  amountMinor: bigint,
  now: Date,
): Promise<TakenPromisedPayment> {
  if (!isUuid(accountId)) throw notFound('Personal account');
  const scope = companyScopeSql(viewer, { company: 'company_id', account: 'account_id' }, 2);
  const [account]: { companyId: string }[] = await tx.query(
    `SELECT company_id AS "companyId" FROM billing_accounts WHERE account_id = $1 AND ${scope.sql} FOR UPDATE`,
    [accountId, ...scope.params],
  );
  if (!account) throw notFound('Personal account');

  const judged = (await eligibilityOf(tx, [accountId], now)).get(accountId) as Eligibility;
  if (judged.refusal) throw badInput([judged.refusal]);
  if (amountMinor > judged.capMinor) {
    throw badInput([{ field: 'amount', message: `must be at most ${formatMinor(judged.capMinor)}` }]);
  }

  const dueAt = new Date(now.getTime() + PROMISED_PAYMENT_MS);
  const [posted] = await postEntries(
    tx,
    account.companyId,
    [
      {
        accountId,
        kind: 'PROMISED_PAYMENT',
        amountMinor,
        description: `Обещанный платёж до ${moscowDate(dueAt).split('-').reverse().join('.')}`,
      },
    ],
    now,
  );
  const [row]: { id: string }[] = await tx.query(
    `INSERT INTO promised_payments (id, account_id, company_id, amount_minor, currency, entry_id, taken_at,
       due_at, state)
     VALUES (gen_random_uuid(), $1, $2, $3, $4, $5, $6, $7, 'OPEN') RETURNING id`,
    [
      accountId,
      account.companyId,
      String(amountMinor),
      posted.payload.entry.currency,
      posted.payload.entry.id,
      now,
      dueAt,
    ],
  );
  return { id: row.id, posted };
}
