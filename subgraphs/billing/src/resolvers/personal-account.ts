import { money, notFound } from '@kabinet/kit';
import type { Context } from './context';

export interface AccountRef {
  id: string;
}

export const personalAccountResolvers = {
  PersonalAccount: {
    __resolveReference: (ref: AccountRef) => ({ id: ref.id }),
    async balance(account: AccountRef, _args: unknown, ctx: Context) {
      const minor = await ctx.loaders.balance.load(account.id);
      // An account billing has not heard of has no balance: zero would say it owes nothing.
      if (minor === null) throw notFound('Personal account');
      return money(minor);
    },
  },
};
