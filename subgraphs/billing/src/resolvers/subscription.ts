import {
  assertValid,
  isUuid,
  money,
  notFound,
  type OutboxEvent,
  requireViewer,
  watchCompany,
} from '@kabinet/kit';
import { In } from 'typeorm';
import { BillingAccount } from '../data/entities';
import type { BalanceChangedPayload } from '../ledger/post-entry';
import type { Context } from './context';

interface BalanceChangedArgs {
  accountIds?: string[] | null;
  companyWide?: boolean | null;
  companyId?: string | null;
  after?: number | null;
}

export const subscriptionResolvers = {
  Subscription: {
    balanceChanged: {
      async subscribe(_: unknown, args: BalanceChangedArgs, ctx: Context) {
        requireViewer(ctx.viewer);
        if (!args.companyWide && !args.accountIds?.length) {
          assertValid([{ field: 'accountIds', message: 'name some accounts, or pass companyWide: true' }]);
        }
        const wanted = args.companyWide ? null : new Set(args.accountIds);
        if (wanted && ![...wanted].every(isUuid)) throw notFound('Personal account');
        const accounts = wanted
          ? await ctx.db.getRepository(BillingAccount).findBy({ accountId: In([...wanted]) })
          : [];
        if (wanted && accounts.length !== wanted.size) throw notFound('Personal account');
        return watchCompany({
          viewer: ctx.viewer,
          db: ctx.db,
          events: ctx.events,
          type: 'BalanceChanged',
          companyId: args.companyId,
          companiesOfNamed: accounts.map((a) => a.companyId),
          accountsOfNamed: accounts.map((a) => a.accountId),
          after: args.after,
          accept: (event) =>
            wanted === null || wanted.has((event.payload as BalanceChangedPayload).accountId),
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
