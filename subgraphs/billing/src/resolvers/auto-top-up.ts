import {
  assertValid,
  type FieldProblem,
  MAX_AMOUNT_MINOR,
  money,
  parseMinor,
  requireRole,
} from '@kabinet/kit';
import { type AutoTopUpRow, saveAutoTopUp } from '../auto-top-up/settings';
import type { MutationSetAutoTopUpArgs, SetAutoTopUpInput } from '../generated/schema';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

function inputProblems(input: SetAutoTopUpInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const threshold = parseMinor(input.threshold);
  const amount = parseMinor(input.amount);
  if (threshold < 0n) problems.push({ field: 'threshold', message: 'must not be negative' });
  if (threshold > MAX_AMOUNT_MINOR) problems.push({ field: 'threshold', message: 'is too large' });
  if (amount <= 0n) problems.push({ field: 'amount', message: 'must be positive' });
  if (amount > MAX_AMOUNT_MINOR) problems.push({ field: 'amount', message: 'is too large' });
  return problems;
}

/** Auto top-up settings; the charging itself is background work (`auto-top-up/trigger.ts`). */
export const autoTopUpResolvers = (billing: Billing) => ({
  PersonalAccount: {
    autoTopUp: (account: AccountRef, _args: unknown, ctx: Context) => ctx.loaders.autoTopUp.load(account.id),
  },
  AutoTopUp: {
    threshold: (row: AutoTopUpRow) => money(row.thresholdMinor, row.currency),
    amount: (row: AutoTopUpRow) => money(row.amountMinor, row.currency),
  },
  Mutation: {
    async setAutoTopUp(_: unknown, { input }: MutationSetAutoTopUpArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN', 'ACCOUNTANT']);
      assertValid(inputProblems(input));
      const autoTopUp = await ctx.db.transaction((tx) =>
        saveAutoTopUp(
          tx,
          viewer,
          {
            accountId: input.accountId,
            thresholdMinor: parseMinor(input.threshold),
            amountMinor: parseMinor(input.amount),
            enabled: input.enabled,
          },
          billing.clock.now(),
        ),
      );
      return { account: { id: input.accountId }, autoTopUp };
    },
  },
});
