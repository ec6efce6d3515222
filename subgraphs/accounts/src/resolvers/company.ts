import { decodeCursor, notFound, type PageArgs, pageSize, toConnection } from '@kabinet/kit';
import type { Company } from '../data/entities';
import type { Context } from './context';

export const companyResolvers = {
  Company: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.company.load(ref.id)) ?? notFound('Company');
    },
    accountGroups: (company: Company, _args: unknown, ctx: Context) =>
      ctx.loaders.groupsOfCompany.load(company.id),
    async personalAccounts(company: Company, args: PageArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['text']);
      const rows = await ctx.loaders.accountPage.load({
        companyId: company.id,
        limit: limit + 1,
        afterNumber: after?.[0] ?? null,
      });
      return {
        ...toConnection(rows, limit, (a) => [a.number]),
        totalCount: () => ctx.loaders.accountCount.load(company.id),
      };
    },
  },
};
