import { STAFF_ROLES } from '@kabinet/contracts';
import {
  decodeCursor,
  notFound,
  type PageArgs,
  pageSize,
  requireRole,
  requireViewer,
  toConnection,
  visibleCompany,
} from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import type { MutationPublishNewsItemArgs, MutationWithdrawNewsItemArgs } from '../generated/schema';
import { publishNewsItem, withdrawNewsItem } from '../news/publish';
import { concernsSql, FOR_EVERYONE_SQL, LIVE_SQL, NEWS_COLUMNS, type NewsRecord } from '../news/records';
import type { Support } from '../runtime';
import type { Context } from './context';

/** A page of live news meeting `where` (its parameters from `$4`), newest first. */
async function newsPage(db: DataSource, args: PageArgs, now: Date, where: string, params: unknown[]) {
  const limit = pageSize(args.first, 10);
  const after = decodeCursor(args.after, ['timestamp', 'uuid']);
  const rows: NewsRecord[] = await db.query(
    `SELECT ${NEWS_COLUMNS} FROM news n
     WHERE ${LIVE_SQL('$1::timestamptz')} AND ${where}
       AND ($2::timestamptz IS NULL OR (n.published_at, n.id) < ($2::timestamptz, $3::uuid))
     ORDER BY n.published_at DESC, n.id DESC LIMIT ${limit + 1}`,
    [now, after?.[0] ?? null, after?.[1] ?? null, ...params],
  );
  return toConnection(rows, limit, (n) => [n.publishedAt.toISOString(), n.id]);
}

/** News: the public list, each company's own, and staff's publishing. */
export const newsResolvers = (support: Support) => ({
  Query: {
    news: (_: unknown, args: PageArgs, ctx: Context) =>
      newsPage(ctx.db, args, support.clock.now(), FOR_EVERYONE_SQL, []),
  },
  Company: {
    news(company: { id: string }, args: PageArgs, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      visibleCompany(company, viewer);
      const concerns = concernsSql(viewer, '$4::uuid', 5);
      return newsPage(ctx.db, args, support.clock.now(), concerns.sql, [company.id, ...concerns.params]);
    },
  },
  Mutation: {
    async publishNewsItem(_: unknown, { input }: MutationPublishNewsItemArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, STAFF_ROLES);
      return {
        item: await ctx.db.transaction((tx) => publishNewsItem(tx, viewer, input, support.clock.now())),
      };
    },
    async withdrawNewsItem(_: unknown, { input }: MutationWithdrawNewsItemArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF_ROLES);
      return { item: await ctx.db.transaction((tx) => withdrawNewsItem(tx, input.id, support.clock.now())) };
    },
  },
  NewsItem: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.newsItem.load(ref.id)) ?? notFound('News item');
    },
  },
});
