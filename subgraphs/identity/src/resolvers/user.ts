import { notFound, requireViewer, unauthenticated } from '@kabinet/kit';
import type { User } from '../data/entities';
import type { Context } from './context';

export const userResolvers = {
  Query: {
    async me(_: unknown, _args: unknown, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      const user = await ctx.loaders.user.load(viewer.userId);
      if (!user) throw unauthenticated('The user no longer exists');
      return user;
    },
  },
  User: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.user.load(ref.id)) ?? notFound('User');
    },
    company: (user: User) => (user.companyId ? { id: user.companyId } : null),
    blocked: (user: User) => Boolean(user.blockedAt),
  },
  Person: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.person.load(ref.id)) ?? notFound('Person');
    },
    phone: (user: User) => (user.companyId === null ? user.phone : null),
    email: (user: User) => (user.companyId === null ? user.email : null),
  },
  Company: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    users: (company: { id: string }, _args: unknown, ctx: Context) =>
      ctx.loaders.companyUsers.load(company.id),
  },
};
