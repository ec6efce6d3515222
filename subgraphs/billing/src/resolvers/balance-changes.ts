import { BALANCE_CHANGED, parseEvent } from '@kabinet/contracts';
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
import type { SubscriptionBalanceChangedArgs } from '../generated/schema';
import type { Context } from './context';

/** Live balance changes: the balanceChanged subscription, fed by the ledger's BalanceChanged events. */
export const balanceChangeResolvers = {
  Subscription: {
    balanceChanged: {
      async subscribe(_: unknown, args: SubscriptionBalanceChangedArgs, ctx: Context) {
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
          type: BALANCE_CHANGED,
          companyId: args.companyId,
          companiesOfNamed: accounts.map((a) => a.companyId),
          accountsOfNamed: accounts.map((a) => a.accountId),
          after: args.after,
          accept: (event) =>
            wanted === null || wanted.has(parseEvent(BALANCE_CHANGED, event.payload).accountId),
        });
      },
      resolve(event: OutboxEvent) {
        const payload = parseEvent(BALANCE_CHANGED, event.payload);
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
