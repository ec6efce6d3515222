import {
  assertValid,
  companyScope,
  type FieldProblem,
  money,
  notFound,
  type OutboxEvent,
  requireViewer,
  streamEvents,
} from '@kabinet/kit';
import { In } from 'typeorm';
import { BillingAccount } from '../data/entities';
import { type BalanceChangedPayload, companyStream } from '../ledger/post-entry';
import type { Context } from './context';

interface BalanceChangedArgs {
  accountIds?: string[] | null;
  companyWide?: boolean | null;
  companyId?: string | null;
  after?: number | null;
}

/** Which company's stream to follow: the caller's own; for staff the one named, directly or by its accounts. */
async function companyToWatch(
  args: BalanceChangedArgs,
  ctx: Context,
  accounts: BillingAccount[],
): Promise<string> {
  const scope = companyScope(ctx.viewer);
  const companies = new Set(accounts.map((a) => a.companyId));
  const companyId = scope ?? args.companyId ?? (companies.size === 1 ? [...companies][0] : null);
  if (!companyId) {
    throw assertValid([
      { field: 'companyId', message: 'staff must name one company (or accounts of one company)' },
    ]);
  }
  if (args.companyId && args.companyId !== companyId) throw notFound('Company');
  if ([...companies].some((id) => id !== companyId)) throw notFound('Personal account');
  return companyId;
}

export const subscriptionResolvers = {
  Subscription: {
    balanceChanged: {
      async subscribe(_: unknown, args: BalanceChangedArgs, ctx: Context) {
        requireViewer(ctx.viewer);
        const problems: FieldProblem[] = [];
        if (!args.companyWide && !args.accountIds?.length) {
          problems.push({ field: 'accountIds', message: 'name some accounts, or pass companyWide: true' });
        }
        if (args.after != null && args.after < 0)
          problems.push({ field: 'after', message: 'must not be negative' });
        assertValid(problems);
        const wanted = args.companyWide ? null : new Set(args.accountIds);
        const accounts = wanted
          ? await ctx.db.getRepository(BillingAccount).findBy({ accountId: In([...wanted]) })
          : [];
        if (wanted && accounts.length !== wanted.size) throw notFound('Personal account');
        const companyId = await companyToWatch(args, ctx, accounts);
        return streamEvents({
          bus: ctx.events,
          stream: companyStream(companyId),
          after: args.after,
          // Checked again per event: only this company's balance changes, only the accounts asked for.
          accept: (event) =>
            event.type === 'BalanceChanged' &&
            event.companyId === companyId &&
            (wanted === null || wanted.has((event.payload as BalanceChangedPayload).accountId)),
        });
      },
      resolve(event: OutboxEvent) {
        const payload = event.payload as BalanceChangedPayload;
        const { entry } = payload;
        return {
          sequence: event.seq,
          account: { id: payload.accountId },
          balance: money(payload.balanceMinor, entry.currency),
          amount: money(entry.amountMinor, entry.currency),
          kind: entry.kind,
          entry: { ...entry, accountId: payload.accountId },
          occurredAt: entry.occurredAt,
        };
      },
    },
  },
};
