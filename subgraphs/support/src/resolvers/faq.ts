import { STAFF_ROLES } from '@kabinet/contracts';
import { requireRole } from '@kabinet/kit';
import { createFaqEntry, deleteFaqEntry, updateFaqEntry } from '../faq/edit';
import { faqPage } from '../faq/search';
import type {
  MutationCreateFaqEntryArgs,
  MutationDeleteFaqEntryArgs,
  MutationUpdateFaqEntryArgs,
  QueryFaqArgs,
} from '../generated/schema';
import type { Context } from './context';

/** The FAQ: searched by anyone, edited by the operator's staff. */
export const faqResolvers = {
  Query: {
    faq: (_: unknown, args: QueryFaqArgs, ctx: Context) => faqPage(ctx.db, args),
  },
  Mutation: {
    async createFaqEntry(_: unknown, { input }: MutationCreateFaqEntryArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF_ROLES);
      return { entry: await ctx.db.transaction((tx) => createFaqEntry(tx, input)) };
    },
    async updateFaqEntry(_: unknown, { input }: MutationUpdateFaqEntryArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF_ROLES);
      return { entry: await ctx.db.transaction((tx) => updateFaqEntry(tx, input)) };
    },
    async deleteFaqEntry(_: unknown, { input }: MutationDeleteFaqEntryArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF_ROLES);
      await ctx.db.transaction((tx) => deleteFaqEntry(tx, input.id));
      return { deletedId: input.id };
    },
  },
};
