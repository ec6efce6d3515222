import { money } from '@kabinet/kit';
import type { Context } from './context';

export interface AccountRef {
  id: string;
}

export const personalAccountResolvers = {
  PersonalAccount: {
    __resolveReference: (ref: AccountRef) => ({ id: ref.id }),
    balance: async (account: AccountRef, _args: unknown, ctx: Context) =>
      money(await ctx.loaders.balance.load(account.id)),
  },
};
