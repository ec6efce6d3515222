import { companyActedOn, companyScope, notFound, type Role, requireRole } from '@kabinet/kit';
import type { AccountGroup } from '../data/entities';
import type { MutationCreateAccountGroupArgs, MutationMoveAccountsToGroupArgs } from '../generated/schema';
import { createAccountGroup } from '../tree/create-group';
import { moveAccountsToGroup } from '../tree/move-accounts';
import type { Context } from './context';

/** Who arranges a company's account tree: its administrators, and the operator's back office. */
const TREE_EDITORS: Role[] = ['ADMIN', 'MANAGER', 'OPERATOR'];

/** The tree of account groups (a company's branches): its groups, and the changes that arrange it. */
export const accountGroupResolvers = {
  Mutation: {
    async createAccountGroup(_: unknown, { input }: MutationCreateAccountGroupArgs, ctx: Context) {
      const companyId = companyActedOn(requireRole(ctx.viewer, TREE_EDITORS), input.companyId);
      ctx.audit.companyId = companyId;
      const group = await ctx.db.transaction((tx) => createAccountGroup(tx, companyId, input));
      return { group };
    },
    async moveAccountsToGroup(_: unknown, { input }: MutationMoveAccountsToGroupArgs, ctx: Context) {
      requireRole(ctx.viewer, TREE_EDITORS);
      await ctx.db.transaction(async (tx) => {
        ctx.audit.companyId = await moveAccountsToGroup(tx, companyScope(ctx.viewer), input);
      });
      return {
        accounts: await ctx.loaders.account.loadMany(input.accountIds),
        group: input.groupId ? await ctx.loaders.group.load(input.groupId) : null,
      };
    },
  },
  AccountGroup: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.group.load(ref.id)) ?? notFound('Account group');
    },
    parent: (group: AccountGroup, _args: unknown, ctx: Context) =>
      group.parentId ? ctx.loaders.group.load(group.parentId) : null,
    company: (group: AccountGroup, _args: unknown, ctx: Context) => ctx.loaders.company.load(group.companyId),
  },
};
