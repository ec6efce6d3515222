import { notFound } from '@kabinet/kit';
import type { AccountGroup } from '../data/entities';
import type { Context } from './context';

export const accountGroupResolvers = {
  AccountGroup: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.group.load(ref.id)) ?? notFound('Account group');
    },
    parent: (group: AccountGroup, _args: unknown, ctx: Context) =>
      group.parentId ? ctx.loaders.group.load(group.parentId) : null,
    company: (group: AccountGroup, _args: unknown, ctx: Context) => ctx.loaders.company.load(group.companyId),
  },
};
