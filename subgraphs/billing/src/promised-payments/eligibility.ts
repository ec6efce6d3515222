import type { DataSource, EntityManager } from 'typeorm';
import {
  capWindow,
  HISTORY_MONTHS,
  NEW_ACCOUNT_CAP_MINOR,
  overdueCheckpoints,
  REVERSAL_BAR_MONTHS,
} from './rules';

/** Whether an account may take a promised payment now and how much; `refusal` names the field at fault. */
export interface Eligibility {
  capMinor: bigint;
  refusal: { field: 'accountId'; message: string } | null;
}

/** The instant `months` calendar months before `now`. */
export const monthsBefore = (now: Date, months: number) => {
  const then = new Date(now);
  then.setUTCMonth(then.getUTCMonth() - months);
  return then;
};

/**
 * Judges accounts against the promised-payment rules (`rules.ts`) at `now`, one statement for any number:
 * no open promised payment, no overdue debt and no reversed promised payment in the last three months; the
 * cap is the average monthly charge of the three whole months before this one (or a fixed amount without
 * charges). Accounts billing does not know are left out.
 */
export async function eligibilityOf(
  db: DataSource | EntityManager,
  accountIds: readonly string[],
  now: Date,
): Promise<Map<string, Eligibility>> {
  const window = capWindow(now);
  const rows: { accountId: string; open: boolean; overdue: boolean; reversed: boolean; charged: string }[] =
    await db.query(
      `SELECT a.account_id AS "accountId",
         EXISTS (SELECT 1 FROM promised_payments p WHERE p.account_id = a.account_id AND p.state = 'OPEN') AS open,
         EXISTS (SELECT 1 FROM unnest($2::timestamptz[]) AS c(at)
           WHERE (SELECT coalesce(sum(e.amount_minor), 0) FROM ledger_entries e
                  WHERE e.account_id = a.account_id AND e.occurred_at < c.at) < 0) AS overdue,
         EXISTS (SELECT 1 FROM promised_payments p
           WHERE p.account_id = a.account_id AND p.state = 'REVERSED' AND p.settled_at > $3) AS reversed,
         (SELECT coalesce(sum(-e.amount_minor), 0) FROM ledger_entries e
           WHERE e.account_id = a.account_id AND e.kind = 'CHARGE' AND e.occurred_at >= $4
             AND e.occurred_at < $5)::text AS charged
       FROM billing_accounts a WHERE a.account_id = ANY($1::uuid[])`,
      [
        accountIds,
        overdueCheckpoints(now),
        monthsBefore(now, REVERSAL_BAR_MONTHS),
        window.from,
        window.until,
      ],
    );
  return new Map(
    rows.map((row) => {
      const charged = BigInt(row.charged);
      const capMinor = charged > 0n ? charged / BigInt(HISTORY_MONTHS) : NEW_ACCOUNT_CAP_MINOR;
      const message = row.open
        ? 'the account already has an open promised payment'
        : row.overdue || row.reversed
          ? `the account had an overdue debt in the last ${HISTORY_MONTHS} months`
          : null;
      return [row.accountId, { capMinor, refusal: message ? { field: 'accountId', message } : null }];
    }),
  );
}
