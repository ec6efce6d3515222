import {
  assertValid,
  idempotencyKeyProblems,
  idempotentBatch,
  money,
  notFound,
  pageSize,
  requireRole,
  toConnection,
} from '@kabinet/kit';
import type { BonusEntryRow } from '../bonus/loaders';
import { spend } from '../bonus/points';
import { REWARDS, type Reward, rewardById } from '../bonus/rewards';
import type { BonusProgramEntriesArgs, MutationRedeemRewardArgs } from '../generated/schema';
import { postEntries } from '../ledger/post-entry';
import type { Billing } from '../runtime';
import { type CompanyRef, visibleCompany } from './company-ref';
import type { Context } from './context';

/** Bonus points: earned by paying (see `events/bonus-awards.ts`), spent on rewards credited to an account. */
export const bonusResolvers = (billing: Billing) => ({
  Company: {
    bonus: (company: CompanyRef, _: unknown, ctx: Context) => visibleCompany(company, ctx),
  },
  BonusProgram: {
    balance: async (company: CompanyRef, _: unknown, ctx: Context) =>
      Number(await ctx.loaders.bonusBalance.load(company.id)),
    async entries(company: CompanyRef, args: BonusProgramEntriesArgs, ctx: Context) {
      const first = pageSize(args.first);
      const rows = await ctx.loaders.bonusEntries.load({
        ownerId: company.id,
        first,
        after: args.after ?? null,
      });
      return toConnection(rows, first, (row) => [row.occurredAt.toISOString(), row.id]);
    },
    rewards: () => REWARDS,
  },
  BonusEntry: {
    points: (entry: BonusEntryRow) => Number(entry.points),
  },
  Reward: {
    credit: (reward: Reward) => money(reward.creditMinor),
  },
  Mutation: {
    async redeemReward(_: unknown, { input }: MutationRedeemRewardArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN', 'ACCOUNTANT']);
      const reward = rewardById(input.rewardId);
      assertValid([
        ...(reward ? [] : [{ field: 'input.rewardId', message: 'no such reward' }]),
        ...idempotencyKeyProblems(input.idempotencyKey, 'input.idempotencyKey'),
      ]);
      const { rewardId, accountId } = input;
      // An account off the caller's access list is as unknown to them as another company's.
      if ((await ctx.loaders.debt.load(accountId)) === null) throw notFound('Personal account');
      const companyId = viewer.companyId as string;
      const now = billing.clock.now();
      const [result] = await ctx.db.transaction((tx) =>
        idempotentBatch(
          tx,
          `redeemReward:${viewer.userId}`,
          [{ key: input.idempotencyKey, input: { rewardId, accountId } }],
          async () => {
            const { creditMinor, cost, title } = reward as Reward;
            const [posted] = await postEntries(
              tx,
              companyId,
              [
                {
                  accountId,
                  kind: 'CREDIT',
                  amountMinor: creditMinor,
                  description: `Бонусная программа: ${title}`,
                },
              ],
              now,
            );
            const balance = await spend(
              tx,
              {
                companyId,
                points: BigInt(cost),
                reference: posted.payload.entry.id,
                description: title,
                at: now,
              },
              'input.rewardId',
            );
            return [{ balance: Number(balance), entry: { ...posted.payload.entry, accountId } }];
          },
        ),
      );
      return result;
    },
  },
});
