import { assertValid, MAX_AMOUNT_MINOR, money, notFound, parseMinor, requireRole } from '@kabinet/kit';
import { setCreditLimit } from '../credit/set-credit-limit';
import type { MutationSetCreditLimitArgs } from '../generated/schema';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

/** Credit limits: staff set them; a balance beyond one suspends the account's services (see catalog). */
export const creditLimitResolvers = (billing: Billing) => ({
  PersonalAccount: {
    async creditLimit(account: AccountRef, _args: unknown, ctx: Context) {
      const row = await ctx.loaders.billingAccount.load(account.id);
      if (!row) throw notFound('Personal account');
      return money(row.creditLimitMinor, row.currency);
    },
  },
  Mutation: {
    async setCreditLimit(_: unknown, { input }: MutationSetCreditLimitArgs, ctx: Context) {
      requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      const limit = parseMinor(input.amount);
      if (limit < 0n) assertValid([{ field: 'amount', message: 'must not be negative' }]);
      if (limit > MAX_AMOUNT_MINOR) assertValid([{ field: 'amount', message: 'is too large' }]);
      const { companyId } = await ctx.db.transaction((tx) =>
        setCreditLimit(tx, input.accountId, limit, billing.clock.now()),
      );
      ctx.audit.companyId = companyId;
      return { account: { id: input.accountId }, creditLimit: money(limit) };
    },
  },
});
