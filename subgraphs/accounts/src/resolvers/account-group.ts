import { companyActedOn, companyScope, notFound, type Role, requireRole } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { AccountGroup } from '../data/entities';
import type {
  MutationCreateAccountGroupArgs,
  MutationDeleteAccountGroupArgs,
  MutationMoveAccountGroupArgs,
  MutationMoveAccountsToGroupArgs,
  MutationRenameAccountGroupArgs,
} from '../generated/schema';
import { deleteGroup, moveGroup, renameGroup } from '../tree/change-group';
import { createAccountGroup } from '../tree/create-group';
import { moveAccountsToGroup } from '../tree/move-accounts';
import type { Context } from './context';

/** Who arranges a company's account tree: its administrators, and the operator's back office. */
const TREE_EDITORS: Role[] = ['ADMIN', 'MANAGER', 'OPERATOR'];

/** Runs a change of a group the caller may arrange, and answers with the group after it. */
async function changeGroup(
  ctx: Context,
  groupId: string,
  change: (tx: EntityManager, scope: string | null) => Promise<string>,
) {
  requireRole(ctx.viewer, TREE_EDITORS);
  await ctx.db.transaction(async (tx) => {
    ctx.audit.companyId = await change(tx, companyScope(ctx.viewer));
  });
  ctx.loaders.group.clear(groupId);
  return { group: (await ctx.loaders.group.load(groupId)) ?? notFound('Account group') };
}

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
    async renameAccountGroup(_: unknown, { input }: MutationRenameAccountGroupArgs, ctx: Context) {
      return changeGroup(ctx, input.groupId, (tx, scope) => renameGroup(tx, scope, input));
    },
    async moveAccountGroup(_: unknown, { input }: MutationMoveAccountGroupArgs, ctx: Context) {
      return changeGroup(ctx, input.groupId, (tx, scope) => moveGroup(tx, scope, input));
    },
    async deleteAccountGroup(_: unknown, { input }: MutationDeleteAccountGroupArgs, ctx: Context) {
      requireRole(ctx.viewer, TREE_EDITORS);
      await ctx.db.transaction(async (tx) => {
        ctx.audit.companyId = await deleteGroup(tx, companyScope(ctx.viewer), input);
      });
      return { deletedGroupId: input.groupId };
    },
  },
  AccountGroup: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.group.load(ref.id)) ?? notFound('Account group');
    },
    parent: (group: AccountGroup, _args: unknown, ctx: Context) =>
      group.parentId ? ctx.loaders.group.load(group.parentId) : null,
    company: (group: AccountGroup, _args: unknown, ctx: Context) => ctx.loaders.company.load(group.companyId),
    path: async (group: AccountGroup, _args: unknown, ctx: Context) =>
      ctx.loaders.group.loadMany(await ctx.loaders.treePath.load(group.id)),
  },
};
