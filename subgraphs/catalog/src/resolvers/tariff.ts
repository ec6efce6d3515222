import { money, notFound } from '@kabinet/kit';
import { type ServiceKind, Tariff } from '../data/entities';
import type { Context } from './context';

export const tariffResolvers = {
  Query: {
    tariffs: (_: unknown, args: { kind?: ServiceKind | null }, ctx: Context) =>
      ctx.db.getRepository(Tariff).find({
        where: { active: true, ...(args.kind ? { kind: args.kind } : {}) },
        order: { name: 'ASC' },
      }),
  },
  Tariff: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.tariff.load(ref.id)) ?? notFound('Tariff');
    },
    monthlyFee: (tariff: Tariff) => money(tariff.monthlyFeeMinor, tariff.currency),
  },
};
