import { decodeCursor, notFound, type PageArgs, pageSize, toConnection } from '@kabinet/kit';
import { NewsItem } from '../data/entities';
import type { Context } from './context';

export const newsResolvers = {
  Query: {
    async news(_: unknown, args: PageArgs, ctx: Context) {
      const limit = pageSize(args.first, 10);
      const after = decodeCursor(args.after, ['timestamp', 'uuid']);
      const qb = ctx.db
        .getRepository(NewsItem)
        .createQueryBuilder('n')
        .orderBy('n.publishedAt', 'DESC')
        .addOrderBy('n.id', 'DESC')
        .take(limit + 1);
      if (after) qb.where('(n.publishedAt, n.id) < (:at, :id)', { at: after[0], id: after[1] });
      return toConnection(await qb.getMany(), limit, (n) => [n.publishedAt.toISOString(), n.id]);
    },
  },
  NewsItem: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.newsItem.load(ref.id)) ?? notFound('News item');
    },
  },
};
