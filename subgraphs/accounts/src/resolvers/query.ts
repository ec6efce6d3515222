import {
  decodeCursor,
  notFound,
  type PageArgs,
  pageSize,
  requireRole,
  STAFF_ROLES,
  toConnection,
} from '@kabinet/kit';
import { Company } from '../data/entities';
import type { Context } from './context';

export const queryResolvers = {
  Query: {
    company: async (_: unknown, args: { id: string }, ctx: Context) =>
      (await ctx.loaders.company.load(args.id)) ?? notFound('Company'),
    personalAccount: async (_: unknown, args: { id: string }, ctx: Context) =>
      (await ctx.loaders.account.load(args.id)) ?? notFound('Personal account'),
    async companies(_: unknown, args: PageArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF_ROLES);
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['text', 'uuid']);
      const qb = ctx.db
        .getRepository(Company)
        .createQueryBuilder('c')
        .orderBy('c.name')
        .addOrderBy('c.id')
        .take(limit + 1);
      if (after) qb.where('(c.name, c.id) > (:name, :id)', { name: after[0], id: after[1] });
      return toConnection(await qb.getMany(), limit, (c) => [c.name, c.id]);
    },
  },
};
