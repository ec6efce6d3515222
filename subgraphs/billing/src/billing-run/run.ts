import { randomUUID } from 'node:crypto';
import { INVOICE_ISSUED, type InvoiceIssuedPayload } from '@kabinet/contracts';
import { badInput, companyStream, publishMany } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { postEntries } from '../ledger/post-entry';
import { dueDateOf } from '../statements/due-date';
import { type InvoiceLine, monthLines } from './lines';
import { type BillingMonth, billingMonth } from './month';

/** Accounts billed per transaction: a crash loses at most one chunk's work, which the next run redoes. */
const CHUNK = 250;

export interface RunResult {
  month: string;
  accountsBilled: number;
  invoicesIssued: number;
  chargedMinor: bigint;
}

export interface RunOptions {
  chunkSize?: number;
  /** Called after each committed chunk (tests stop a run halfway with it). */
  afterChunk?: () => void;
}

/**
 * The monthly billing run for a month that is over: charges each account's subscription fees (prorated by
 * day), setup fees and usage, and issues the month's invoice (which is also its act). Accounts are taken in
 * chunks, each in one transaction that first marks its accounts billed for the month, so however often the
 * run is started — twice, on two replicas at once, again after a crash — each account is charged once per
 * month.
 */
export async function runBilling(
  db: DataSource,
  month: string,
  now: Date,
  options: RunOptions = {},
): Promise<RunResult> {
  const m = billingMonth(month);
  if (m.finish > now) throw badInput([{ field: 'month', message: 'can be billed once it is over' }]);
  const result: RunResult = { month, accountsBilled: 0, invoicesIssued: 0, chargedMinor: 0n };
  for (;;) {
    const chunk = await db.transaction((tx) => billChunk(tx, m, now, options.chunkSize ?? CHUNK));
    if (chunk === null) break;
    result.accountsBilled += chunk.accountsBilled;
    result.invoicesIssued += chunk.invoicesIssued;
    result.chargedMinor += chunk.chargedMinor;
    options.afterChunk?.();
  }
  await db.query(
    'INSERT INTO billed_months (month, completed_at) VALUES ($1, $2) ON CONFLICT (month) DO NOTHING',
    [month, now],
  );
  return result;
}

/**
 * Bills up to `size` accounts not yet billed for the month; null when none is left. Accounts are claimed by
 * inserting their marker: a concurrent run claiming the same waits for ours and then skips them. (Locking the
 * accounts instead would skip those a payment holds at that moment, and leave them unbilled.)
 */
async function billChunk(tx: EntityManager, m: BillingMonth, now: Date, size: number) {
  const candidates: { accountId: string }[] = await tx.query(
    `SELECT a.account_id AS "accountId" FROM billing_accounts a
     WHERE NOT EXISTS (SELECT 1 FROM billing_runs r WHERE r.month = $1 AND r.account_id = a.account_id)
     ORDER BY a.account_id LIMIT $2`,
    [m.month, size],
  );
  if (candidates.length === 0) return null;
  const claimed: { accountId: string }[] = await tx.query(
    `INSERT INTO billing_runs (month, account_id, billed_at) SELECT $1, unnest($2::uuid[]), $3
     ON CONFLICT DO NOTHING RETURNING account_id AS "accountId"`,
    [m.month, candidates.map((c) => c.accountId), now],
  );
  const accountIds = claimed.map((c) => c.accountId);
  if (accountIds.length === 0) return { accountsBilled: 0, invoicesIssued: 0, chargedMinor: 0n };
  const lines = await monthLines(tx, accountIds, m);
  const charged = [...lines.values()].flat();
  await postEntries(
    tx,
    null,
    charged.map((line) => ({
      accountId: line.accountId,
      kind: 'CHARGE',
      amountMinor: line.amountMinor,
      description: line.description,
      serviceKind: line.serviceKind,
    })),
    now,
  );
  const invoices = await issueInvoices(tx, m, now, lines);
  return {
    accountsBilled: accountIds.length,
    invoicesIssued: invoices,
    chargedMinor: charged.reduce((sum, line) => sum + line.amountMinor, 0n),
  };
}

/** The month's invoice of every account charged anything, with InvoiceIssued for each. */
async function issueInvoices(
  tx: EntityManager,
  m: BillingMonth,
  now: Date,
  lines: Map<string, InvoiceLine[]>,
): Promise<number> {
  const accounts = [...lines].filter(([, accountLines]) => accountLines.length > 0);
  if (accounts.length === 0) return 0;
  const dueDate = dueDateOf(now);
  const issued: {
    id: string;
    accountId: string;
    companyId: string;
    number: string;
    total: string;
    currency: string;
  }[] = await tx.query(
    `INSERT INTO invoices (id, number, account_id, company_id, month, issued_at, due_date, total_minor, currency, lines)
       SELECT i.id, $2 || '-' || lpad(nextval('invoice_numbers')::text, 6, '0'), i.account_id, a.company_id, $1, $3,
         $4, i.total_minor, a.currency, i.lines
       FROM jsonb_to_recordset($5::jsonb) AS i(id uuid, account_id uuid, total_minor bigint, lines jsonb)
       JOIN billing_accounts a ON a.account_id = i.account_id
       ORDER BY i.account_id
       RETURNING id, account_id AS "accountId", company_id AS "companyId", number, total_minor::text AS total,
         currency`,
    [
      m.month,
      m.month.replace('-', ''),
      now,
      dueDate,
      JSON.stringify(
        accounts.map(([accountId, accountLines]) => ({
          id: randomUUID(),
          account_id: accountId,
          total_minor: String(accountLines.reduce((sum, line) => sum + line.amountMinor, 0n)),
          lines: accountLines.map((line) => ({
            serviceId: line.serviceId,
            serviceKind: line.serviceKind,
            description: line.description,
            amountMinor: String(line.amountMinor),
            days: line.days,
          })),
        })),
      ),
    ],
  );
  await publishMany(
    tx,
    issued.map((invoice) => ({
      stream: companyStream(invoice.companyId),
      type: INVOICE_ISSUED,
      companyId: invoice.companyId,
      payload: {
        invoiceId: invoice.id,
        accountId: invoice.accountId,
        number: invoice.number,
        month: m.month,
        totalMinor: invoice.total,
        currency: invoice.currency,
        dueDate,
        issuedAt: now.toISOString(),
      } satisfies InvoiceIssuedPayload,
    })),
  );
  return issued.length;
}
