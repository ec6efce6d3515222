import { money, requireRole } from '@kabinet/kit';
import type {
  MutationOrderCloudStorageArgs,
  MutationRecordStorageUsageArgs,
  MutationResizeCloudStorageArgs,
  QueryQuoteCloudStorageArgs,
} from '../generated/schema';
import type { Catalog } from '../runtime';
import { orderStorage, recordUsage, resizeStorage, storagePlan } from '../storage/cloud';
import { checkQuota, quoteStorage } from '../storage/pricing';
import type { Context } from './context';
import { CHANGERS, changeService } from './service-changes';
import { visibleAccount } from './visible';

/** Cloud storage priced by quota: quotes, ordering, resizing. */
export const storageResolvers = (catalog: Catalog) => ({
  Query: {
    async quoteCloudStorage(_: unknown, { quotaGb }: QueryQuoteCloudStorageArgs, ctx: Context) {
      const pricing = (await storagePlan(ctx.db.manager)).storagePricing;
      checkQuota(pricing, quotaGb);
      const quote = quoteStorage(pricing, quotaGb);
      return {
        quotaGb,
        monthlyPrice: money(quote.totalMinor),
        lines: quote.lines.map((l) => ({
          ...l,
          pricePerGb: money(l.perGbMinor),
          amount: money(l.amountMinor),
        })),
      };
    },
  },
  Mutation: {
    async orderCloudStorage(_: unknown, { input }: MutationOrderCloudStorageArgs, ctx: Context) {
      requireRole(ctx.viewer, CHANGERS);
      const account = await visibleAccount(ctx, input.accountId);
      ctx.audit.companyId = account.companyId;
      const id = await ctx.db.transaction((tx) => orderStorage(tx, account, input, catalog.clock.now()));
      return { service: await ctx.loaders.service.load(id) };
    },
    resizeCloudStorage: (_: unknown, { input }: MutationResizeCloudStorageArgs, ctx: Context) =>
      changeService(ctx, catalog, CHANGERS, input.serviceId, (tx, scope, now) =>
        resizeStorage(tx, scope, input, now),
      ),
    recordStorageUsage: (_: unknown, { input }: MutationRecordStorageUsageArgs, ctx: Context) =>
      changeService(ctx, catalog, ['OPERATOR'], input.serviceId, (tx) => recordUsage(tx, input)),
  },
});
