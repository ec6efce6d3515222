import { money, periodRange } from '@kabinet/kit';
import type { AccountGroupExpensesArgs, CompanyExpensesArgs, ExpenseGrouping } from '../generated/schema';
import type { ExpenseRow } from '../statements/company-money';
import { type CompanyRef, visibleCompany } from './company-ref';
import type { Context } from './context';

interface Bucket extends ExpenseRow {
  groupBy: ExpenseGrouping;
}

const tied = (bucket: Bucket, groupBy: ExpenseGrouping) =>
  bucket.groupBy === groupBy && bucket.key !== 'OTHER';

/** A company's money over the accounts the caller may see: totals and statistics. */
export const expenseResolvers = {
  Company: {
    __resolveReference: (company: CompanyRef) => ({ id: company.id }),
    balanceTotal: async (company: CompanyRef, _: unknown, ctx: Context) =>
      money((await ctx.loaders.companyTotals.load(visibleCompany(company, ctx).id)).balanceMinor),
    amountDue: async (company: CompanyRef, _: unknown, ctx: Context) =>
      money((await ctx.loaders.companyTotals.load(visibleCompany(company, ctx).id)).amountDueMinor),
    async expenses(company: CompanyRef, { period, groupBy }: CompanyExpensesArgs, ctx: Context) {
      const rows = await ctx.loaders.expenses.load({
        companyId: visibleCompany(company, ctx).id,
        groupBy,
        ...periodRange(period),
      });
      return rows.map((row): Bucket => ({ ...row, groupBy }));
    },
  },
  AccountGroup: {
    __resolveReference: (group: { id: string }) => ({ id: group.id }),
    balanceTotal: async (group: { id: string }, _: unknown, ctx: Context) =>
      money((await ctx.loaders.groupTotals.load(group.id)).balanceMinor),
    amountDue: async (group: { id: string }, _: unknown, ctx: Context) =>
      money((await ctx.loaders.groupTotals.load(group.id)).amountDueMinor),
    async expenses(group: { id: string }, { period }: AccountGroupExpensesArgs, ctx: Context) {
      const rows = await ctx.loaders.groupExpenses.load({ groupId: group.id, ...periodRange(period) });
      return rows.map((row): Bucket => ({ ...row, groupBy: 'SERVICE_KIND' }));
    },
  },
  ExpenseBucket: {
    amount: (bucket: Bucket) => money(bucket.chargedMinor),
    serviceKind: (bucket: Bucket) => (tied(bucket, 'SERVICE_KIND') ? bucket.key : null),
    account: (bucket: Bucket) => (bucket.groupBy === 'ACCOUNT' ? { id: bucket.key } : null),
    group: (bucket: Bucket) => (tied(bucket, 'GROUP') ? { id: bucket.key } : null),
    month: (bucket: Bucket) => (bucket.groupBy === 'MONTH' ? bucket.key : null),
  },
};
