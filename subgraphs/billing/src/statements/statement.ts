import {
  companyScopeSql,
  groupKeys,
  isUuid,
  type PeriodRange,
  toConnection,
  type Viewer,
} from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { afterCursor, lateralPages, type PageKey } from './lateral-pages';

/** A statement asked for: an account over a period. */
export interface StatementKey extends PeriodRange {
  accountId: string;
}

/** A statement's figures in minor units; charges and refunds positive, as printed. */
export interface StatementTotals {
  openingMinor: bigint;
  chargesMinor: bigint;
  paymentsMinor: bigint;
  creditsMinor: bigint;
  refundsMinor: bigint;
  closingMinor: bigint;
}

const rangeKey = (k: PeriodRange) => `${k.from.toISOString()}/${k.until.toISOString()}`;
const statementKey = (k: StatementKey) => `${k.accountId}@${rangeKey(k)}`;

/**
 * Statement totals per account and period: the opening balance and the period's sums by kind in one pass
 * over the account's entries up to the period's end. Signs follow the ledger (a reversal nets out its kind).
 * null for an account not visible to the caller.
 */
export const statementLoader = (db: DataSource, viewer: Viewer | null) =>
  new DataLoader<StatementKey, StatementTotals | null, string>(
    async (keys) => {
      const found = new Map<string, StatementTotals>();
      for (const group of groupKeys(keys, rangeKey)) {
        const { from, until } = group[0];
        const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 4);
        const rows: Record<
          'accountId' | 'opening' | 'charges' | 'payments' | 'credits' | 'refunds',
          string
        >[] = await db.query(
          `SELECT a.account_id AS "accountId",
             coalesce(sum(e.amount_minor) FILTER (WHERE e.occurred_at < $2), 0)::text AS opening,
             coalesce(-sum(e.amount_minor) FILTER (WHERE e.occurred_at >= $2 AND e.kind = 'CHARGE'), 0)::text AS charges,
             coalesce(sum(e.amount_minor) FILTER (WHERE e.occurred_at >= $2 AND e.kind = 'PAYMENT'), 0)::text AS payments,
             coalesce(sum(e.amount_minor) FILTER (WHERE e.occurred_at >= $2 AND e.kind IN ('CREDIT', 'PROMISED_PAYMENT')), 0)::text AS credits,
             coalesce(-sum(e.amount_minor) FILTER (WHERE e.occurred_at >= $2 AND e.kind = 'REFUND'), 0)::text AS refunds
           FROM billing_accounts a
           LEFT JOIN ledger_entries e ON e.account_id = a.account_id AND e.occurred_at < $3
           WHERE a.account_id = ANY($1::uuid[]) AND ${scope.sql}
           GROUP BY a.account_id`,
          [group.map((k) => k.accountId).filter(isUuid), from, until, ...scope.params],
        );
        for (const row of rows) {
          const totals = {
            openingMinor: BigInt(row.opening),
            chargesMinor: BigInt(row.charges),
            paymentsMinor: BigInt(row.payments),
            creditsMinor: BigInt(row.credits),
            refundsMinor: BigInt(row.refunds),
          };
          const closingMinor =
            totals.openingMinor +
            totals.paymentsMinor +
            totals.creditsMinor -
            totals.chargesMinor -
            totals.refundsMinor;
          found.set(statementKey({ accountId: row.accountId, from, until }), { ...totals, closingMinor });
        }
      }
      return keys.map((k) => found.get(statementKey(k)) ?? null);
    },
    { cacheKeyFn: statementKey },
  );

/** A page of a statement's operations asked for: `ownerId` is the account. */
export interface OperationsKey extends PageKey, PeriodRange {}

export interface OperationRow {
  id: string;
  accountId: string;
  kind: string;
  amountMinor: string;
  currency: string;
  description: string;
  occurredAt: Date;
}

/**
 * Pages of operations, newest first, for many accounts in one statement per period and page size, each by the
 * (account, occurred_at, id) index. Accounts not visible to the caller get an empty page (their statement is
 * refused before this runs).
 */
export const operationsLoader = (db: DataSource, viewer: Viewer | null) =>
  lateralPages<OperationsKey, OperationRow>(
    (k) => `${rangeKey(k)}#${k.first}`,
    (group, params) => {
      const { from, until, first } = group[0];
      const scope = companyScopeSql(viewer, { company: 'a.company_id', account: 'a.account_id' }, 7);
      return db.query(
        `SELECT q.key, p.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) WITH ORDINALITY
           AS q(account_id, after_at, after_id, key)
         JOIN billing_accounts a ON a.account_id = q.account_id AND ${scope.sql}
         CROSS JOIN LATERAL (
           SELECT e.id, e.account_id AS "accountId", e.kind, e.amount_minor::text AS "amountMinor", e.currency,
             e.description, e.occurred_at AS "occurredAt"
           FROM ledger_entries e
           WHERE e.account_id = q.account_id AND e.occurred_at >= $4 AND e.occurred_at < $5
             AND ${afterCursor('e.occurred_at', 'e.id')}
           ORDER BY e.occurred_at DESC, e.id DESC LIMIT $6
         ) p`,
        [...params, from, until, first + 1, ...scope.params],
      );
    },
  );

/** The connection of a page fetched with one row more than asked. */
export const operationsConnection = (rows: OperationRow[], first: number) =>
  toConnection(rows, first, (row) => [row.occurredAt.toISOString(), row.id]);
