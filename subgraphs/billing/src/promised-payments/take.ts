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
import {
  capWindow,
  HISTORY_MONTHS,
  NEW_ACCOUNT_CAP_MINOR,
  overdueCheckpoints,
  PROMISED_PAYMENT_MS,
} from './rules';

export interface TakenPromisedPayment {
  id: string;
  posted: PostedEntry;
}

/** The instant `months` calendar months before `now`. */
const monthsBefore = (now: Date, months: number) => {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
};

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

  const window = capWindow(now);
  const [history]: { open: boolean; overdue: boolean; reversed: boolean; charged: string }[] = await tx.query(
    `SELECT
       EXISTS (SELECT 1 FROM promised_payments WHERE account_id = $1 AND state = 'OPEN') AS open,
       EXISTS (SELECT 1 FROM unnest($2::timestamptz[]) AS c(at)
         WHERE (SELECT coalesce(sum(amount_minor), 0) FROM ledger_entries
                WHERE account_id = $1 AND occurred_at < c.at) < 0) AS overdue,
       EXISTS (SELECT 1 FROM promised_payments
         WHERE account_id = $1 AND state = 'REVERSED' AND settled_at > $3) AS reversed,
       (SELECT coalesce(sum(-amount_minor), 0) FROM ledger_entries
         WHERE account_id = $1 AND kind = 'CHARGE' AND occurred_at >= $4 AND occurred_at < $5)::text AS charged`,
    [accountId, overdueCheckpoints(now), monthsBefore(now, HISTORY_MONTHS), window.from, window.until],
  );
  if (history.open) {
    throw badInput([{ field: 'accountId', message: 'the account already has an open promised payment' }]);
  }
  if (history.overdue || history.reversed) {
    throw badInput([
      {
        field: 'accountId',
        message: `the account had an overdue debt in the last ${HISTORY_MONTHS} months`,
      },
    ]);
  }
  const charged = BigInt(history.charged);
  const cap = charged > 0n ? charged / BigInt(HISTORY_MONTHS) : NEW_ACCOUNT_CAP_MINOR;
  if (amountMinor > cap) {
    throw badInput([{ field: 'amount', message: `must be at most ${formatMinor(cap)}` }]);
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
