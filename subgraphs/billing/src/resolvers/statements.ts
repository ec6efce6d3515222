import { addDays, money, moscowDate, moscowMidnight, notFound, pageSize, periodRange } from '@kabinet/kit';
import type {
  PersonalAccountBalanceAtArgs,
  PersonalAccountStatementArgs,
  StatementOperationsArgs,
} from '../generated/schema';
import type { Billing } from '../runtime';
import { dueDateOf, isPastDue } from '../statements/due-date';
import { operationsConnection, type StatementKey } from '../statements/statement';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

/** A statement as resolved: its account and period; the figures load when asked for. */
interface StatementParent extends StatementKey {
  period: { from: string; to: string };
}

/** An account billing does not know, or the caller may not see, has no debt or statement: NOT_FOUND. */
function known<T>(found: T | null): T {
  if (found === null) throw notFound('Personal account');
  return found;
}

const debtOf = async (account: AccountRef, ctx: Context) => known(await ctx.loaders.debt.load(account.id));

const totalsOf = async (statement: StatementParent, ctx: Context) =>
  known(await ctx.loaders.statement.load(statement));

/** Debts, past balances and statements of a personal account. */
export const statementResolvers = (billing: Billing) => ({
  PersonalAccount: {
    amountDue: async (account: AccountRef, _: unknown, ctx: Context) =>
      money((await debtOf(account, ctx)).amountDueMinor),
    async dueDate(account: AccountRef, _: unknown, ctx: Context) {
      const { oldestUnpaidAt } = await debtOf(account, ctx);
      return oldestUnpaidAt ? dueDateOf(oldestUnpaidAt) : null;
    },
    async overdue(account: AccountRef, _: unknown, ctx: Context) {
      const { oldestUnpaidAt } = await debtOf(account, ctx);
      return oldestUnpaidAt !== null && isPastDue(dueDateOf(oldestUnpaidAt), moscowDate(billing.clock.now()));
    },
    async balanceAt(account: AccountRef, { date }: PersonalAccountBalanceAtArgs, ctx: Context) {
      const minor = await ctx.loaders.balanceAt.load({
        accountId: account.id,
        before: moscowMidnight(addDays(date, 1)),
      });
      if (minor === null) throw notFound('Personal account');
      return money(minor);
    },
    async lastPayment(account: AccountRef, _: unknown, ctx: Context) {
      await debtOf(account, ctx); // refuses an account the caller may not see, rather than answering null
      return ctx.loaders.lastPayment.load(account.id);
    },
    async statement(account: AccountRef, { period }: PersonalAccountStatementArgs, ctx: Context) {
      const statement: StatementParent = { accountId: account.id, ...periodRange(period), period };
      await totalsOf(statement, ctx);
      return statement;
    },
  },
  Statement: {
    account: (statement: StatementParent) => ({ id: statement.accountId }),
    from: (statement: StatementParent) => statement.period.from,
    to: (statement: StatementParent) => statement.period.to,
    openingBalance: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).openingMinor),
    closingBalance: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).closingMinor),
    charges: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).chargesMinor),
    payments: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).paymentsMinor),
    credits: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).creditsMinor),
    refunds: async (s: StatementParent, _: unknown, ctx: Context) =>
      money((await totalsOf(s, ctx)).refundsMinor),
    async operations(s: StatementParent, args: StatementOperationsArgs, ctx: Context) {
      const first = pageSize(args.first);
      const rows = await ctx.loaders.operations.load({
        ...s,
        ownerId: s.accountId,
        first,
        after: args.after ?? null,
      });
      return operationsConnection(rows, first);
    },
  },
});
