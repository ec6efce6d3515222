import { randomUUID } from 'node:crypto';
import { assertValid, conflict, requireRole } from '@kabinet/kit';
import { QueryFailedError } from 'typeorm';
import { Company } from '../data/entities';
import { type CompanyInput, companyInputProblems } from './company-input';
import type { Context } from './context';

const UNIQUE_VIOLATION = '23505';

export const mutationResolvers = {
  Mutation: {
    async createCompany(_: unknown, { input }: { input: CompanyInput }, ctx: Context) {
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
        await ctx.db.getRepository(Company).insert(company);
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
  },
};
