import { notFound } from '@kabinet/kit';
import type { PersonalAccount } from '../data/entities';
import type { QueryPersonalAccountArgs } from '../generated/schema';
import type { Context } from './context';

export const personalAccountResolvers = {
  Query: {
    personalAccount: async (_: unknown, args: QueryPersonalAccountArgs, ctx: Context) =>
      (await ctx.loaders.account.load(args.id)) ?? notFound('Personal account'),
  },
  PersonalAccount: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.account.load(ref.id)) ?? notFound('Personal account');
    },
    group: (account: PersonalAccount, _args: unknown, ctx: Context) =>
      account.groupId ? ctx.loaders.group.load(account.groupId) : null,
    company: (account: PersonalAccount, _args: unknown, ctx: Context) =>
      ctx.loaders.company.load(account.companyId),
    groupPath: async (account: PersonalAccount, _args: unknown, ctx: Context) =>
      ctx.loaders.group.loadMany(await ctx.loaders.treePath.load(account.id)),
  },
};
