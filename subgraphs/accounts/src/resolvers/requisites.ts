import { randomUUID } from 'node:crypto';
import {
  assertValid,
  companyActedOn,
  conflict,
  decodeCursor,
  isUniqueViolation,
  isUuid,
  notFound,
  type PageArgs,
  pageSize,
  requireRole,
  TEXT_MAX,
  textProblems,
  toConnection,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Company } from '../data/entities';
import type {
  MutationAddCompanyContractArgs,
  MutationUpdateCompanyContactsArgs,
  MutationUpdateCompanyRequisitesArgs,
} from '../generated/schema';
import { changeRequisites, fieldsOf } from '../requisites/change';
import { contactProblems, legalProblems } from '../requisites/rules';
import type { Context } from './context';

const STAFF = ['OPERATOR', 'MANAGER'] as const;

/** Runs a change of a company's requisites in one transaction and answers with the company as it is after. */
async function changed(ctx: Context, companyId: string, write: (tx: EntityManager) => Promise<unknown>) {
  if (!isUuid(companyId)) throw notFound('Company');
  ctx.audit.companyId = companyId;
  await ctx.db.transaction(write);
  ctx.loaders.company.clear(companyId);
  return { company: (await ctx.loaders.company.load(companyId)) ?? notFound('Company') };
}

/** A company's requisites, contracts and manager; their changes, each recorded. */
export const requisitesResolvers = {
  Mutation: {
    async updateCompanyContacts(_: unknown, { input }: MutationUpdateCompanyContactsArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN', ...STAFF]);
      const companyId = companyActedOn(viewer, input.companyId);
      assertValid(contactProblems(input));
      const { companyId: _named, ...contacts } = input;
      return changed(ctx, companyId, (tx) =>
        changeRequisites(tx, companyId, { fields: fieldsOf(contacts) }, viewer.userId, new Date()),
      );
    },
    async updateCompanyRequisites(_: unknown, { input }: MutationUpdateCompanyRequisitesArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, STAFF);
      assertValid(legalProblems(input));
      const { companyId, branchKpps, ...legal } = input;
      try {
        return await changed(ctx, companyId, (tx) =>
          changeRequisites(tx, companyId, { fields: fieldsOf(legal), branchKpps }, viewer.userId, new Date()),
        );
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('A company with this INN and KPP is already registered', [
            { field: 'kpp', message: 'is taken with this INN' },
          ]);
        throw error;
      }
    },
    async addCompanyContract(_: unknown, { input }: MutationAddCompanyContractArgs, ctx: Context) {
      requireRole(ctx.viewer, STAFF);
      assertValid(textProblems('number', input.number, { min: 1, max: TEXT_MAX.number }));
      try {
        return await changed(ctx, input.companyId, async (tx) => {
          const [company] = await tx.query('SELECT 1 FROM companies WHERE id = $1', [input.companyId]);
          if (!company) throw notFound('Company');
          await tx.query(
            `INSERT INTO contracts (id, company_id, number, signed_on, type, status) VALUES ($1, $2, $3, $4, $5, 'ACTIVE')`,
            [randomUUID(), input.companyId, input.number.trim(), input.signedOn, input.type],
          );
        });
      } catch (error) {
        if (isUniqueViolation(error))
          throw conflict('A contract with this number exists', [{ field: 'number', message: 'is taken' }]);
        throw error;
      }
    },
  },
  Company: {
    bankDetails: (company: Company) =>
      company.bik
        ? {
            bankName: company.bankName,
            bik: company.bik,
            settlementAccount: company.settlementAccount,
            correspondentAccount: company.correspondentAccount,
          }
        : null,
    branchKpps: (company: Company, _args: unknown, ctx: Context) => ctx.loaders.branchKpps.load(company.id),
    contracts: (company: Company, _args: unknown, ctx: Context) => ctx.loaders.contracts.load(company.id),
    manager: (company: Company) =>
      company.managerId ? { __typename: 'Person', id: company.managerId } : null,
    async requisitesHistory(company: Company, args: PageArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['bigint']);
      const rows: {
        id: string;
        field: string;
        oldValue: string | null;
        newValue: string | null;
        changedAt: Date;
        changedBy: string;
      }[] = await ctx.db.query(
        `SELECT id::text, field, old_value AS "oldValue", new_value AS "newValue", changed_at AS "changedAt",
             changed_by AS "changedBy"
           FROM requisites_changes WHERE company_id = $1 AND ($2::bigint IS NULL OR id < $2::bigint)
           ORDER BY id DESC LIMIT $3`,
        [company.id, after?.[0] ?? null, limit + 1],
      );
      return toConnection(rows, limit, (r) => [r.id]);
    },
  },
  RequisitesChange: {
    changedBy: (change: { changedBy: string }) => ({ __typename: 'Person', id: change.changedBy }),
  },
};
