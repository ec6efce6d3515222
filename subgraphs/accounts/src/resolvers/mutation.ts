import { randomUUID } from 'node:crypto';
import { assertValid, companyActedOn, companyScope, conflict, type Role, requireRole } from '@kabinet/kit';
import { QueryFailedError } from 'typeorm';
import { Company } from '../data/entities';
import type {
  MutationCreateAccountGroupArgs,
  MutationCreateCompanyArgs,
  MutationMoveAccountsToGroupArgs,
} from '../generated/schema';
import { createAccountGroup } from '../tree/create-group';
import { moveAccountsToGroup } from '../tree/move-accounts';
import { companyInputProblems } from './company-input';
import type { Context } from './context';

const UNIQUE_VIOLATION = '23505';

/** Who arranges a company's account tree: its administrators, and the operator's back office. */
const TREE_EDITORS: Role[] = ['ADMIN', 'MANAGER', 'OPERATOR'];

export const mutationResolvers = {
  Mutation: {
    async createCompany(_: unknown, { input }: MutationCreateCompanyArgs, ctx: Context) {
      requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      assertValid(companyInputProblems(input));
      const company = ctx.db.getRepository(Company).create({
        id: randomUUID(),
        name: input.name.trim(),
        inn: input.inn,
        kpp: input.kpp,
        legalAddress: input.legalAddress.trim(),
      });
      try {
        await ctx.db.transaction((tx) => tx.getRepository(Company).insert(company));
      } catch (error) {
        if (
          error instanceof QueryFailedError &&
          (error.driverError as { code?: string }).code === UNIQUE_VIOLATION
        ) {
          throw conflict('A company with this INN and KPP is already registered');
        }
        throw error;
      }
      return { company };
    },

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
};
