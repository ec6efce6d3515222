import { randomUUID } from 'node:crypto';
import {
  assertValid,
  conflict,
  decodeCursor,
  isUniqueViolation,
  isUuid,
  notFound,
  type PageArgs,
  pageSize,
  requireRole,
  STAFF_ROLES,
  textProblems,
  toConnection,
} from '@kabinet/kit';
import { Company } from '../data/entities';
import type {
  CompanyPersonalAccountsArgs,
  MutationCreateCompanyArgs,
  QueryCompanyArgs,
} from '../generated/schema';
import { type AccountOrder, afterOf } from '../tree/account-list';
import { companyInputProblems } from './company-input';
import type { Context } from './context';

/** Companies: one by id, the staff's list, registration by staff, and a company's own fields. */
export const companyResolvers = {
  Query: {
    company: async (_: unknown, args: QueryCompanyArgs, ctx: Context) =>
      (await ctx.loaders.company.load(args.id)) ?? notFound('Company'),
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
        if (isUniqueViolation(error)) {
          throw conflict('A company with this INN and KPP is already registered');
        }
        throw error;
      }
      return { company };
    },
  },
  Company: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.company.load(ref.id)) ?? notFound('Company');
    },
    accountGroups: (company: Company, _args: unknown, ctx: Context) =>
      ctx.loaders.groupsOfCompany.load(company.id),
    async personalAccounts(company: Company, args: CompanyPersonalAccountsArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const order: AccountOrder = {
        field: args.orderBy?.field ?? 'NUMBER',
        direction: args.orderBy?.direction ?? 'ASC',
      };
      const filter = { ...(args.filter ?? {}) };
      assertValid(textProblems('filter.search', filter.search, { max: 100 }));
      if (filter.groupId && !isUuid(filter.groupId)) throw notFound('Account group');
      const after = afterOf(args.after, order);
      const rows = await ctx.loaders.accountPage.load({
        companyId: company.id,
        limit: limit + 1,
        filter,
        order,
        after,
      });
      return {
        ...toConnection(rows, limit, (a) => [a.sortKey, a.number]),
        totalCount: () => ctx.loaders.accountCount.load({ companyId: company.id, filter }),
      };
    },
  },
};
