import { money, moscowDate, notFound, pageSize, periodRange, toConnection } from '@kabinet/kit';
import { type InvoiceRow, invoiceState, type StoredLine } from '../billing-run/invoices';
import type { UsageRow } from '../billing-run/usage';
import type {
  InvoiceUsageArgs,
  PersonalAccountInvoicesArgs,
  PersonalAccountUsageArgs,
  QueryInvoiceArgs,
} from '../generated/schema';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

const byTime =
  <T extends { id: string }>(at: (row: T) => Date) =>
  (row: T) => [at(row).toISOString(), row.id];

const usagePage = (rows: UsageRow[], first: number) =>
  toConnection(
    rows,
    first,
    byTime<UsageRow>((r) => r.occurredAt),
  );

/** Monthly invoices and the usage billed in them. */
export const invoiceResolvers = (billing: Billing) => ({
  Query: {
    // NOT_FOUND, like ledgerEntry and payment: an invoice the caller may not see does not exist for them.
    async invoice(_: unknown, { id }: QueryInvoiceArgs, ctx: Context) {
      const invoice = await ctx.loaders.invoice.load(id);
      if (!invoice) throw notFound('Invoice');
      return invoice;
    },
  },
  PersonalAccount: {
    async invoices(account: AccountRef, args: PersonalAccountInvoicesArgs, ctx: Context) {
      if ((await ctx.loaders.debt.load(account.id)) === null) throw notFound('Personal account');
      const first = pageSize(args.first);
      const rows = await ctx.loaders.invoicePages.load({
        ownerId: account.id,
        first,
        after: args.after ?? null,
      });
      return toConnection(
        rows,
        first,
        byTime<InvoiceRow>((r) => r.issuedAt),
      );
    },
    async usage(account: AccountRef, args: PersonalAccountUsageArgs, ctx: Context) {
      const period = periodRange(args.period);
      if ((await ctx.loaders.debt.load(account.id)) === null) throw notFound('Personal account');
      const first = pageSize(args.first);
      const rows = await ctx.loaders.usagePages.load({
        ownerId: account.id,
        period,
        first,
        after: args.after ?? null,
      });
      return usagePage(rows, first);
    },
  },
  Invoice: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const invoice = await ctx.loaders.invoice.load(ref.id);
      if (!invoice) throw notFound('Invoice');
      return invoice;
    },
    account: (invoice: InvoiceRow) => ({ id: invoice.accountId }),
    total: (invoice: InvoiceRow) => money(invoice.totalMinor, invoice.currency),
    amountDue: (invoice: InvoiceRow) => money(invoice.dueMinor, invoice.currency),
    state: (invoice: InvoiceRow) => invoiceState(invoice, moscowDate(billing.clock.now())),
    async usage(invoice: InvoiceRow, args: InvoiceUsageArgs, ctx: Context) {
      const first = pageSize(args.first);
      const rows = await ctx.loaders.usagePages.load({
        ownerId: invoice.id,
        period: null,
        first,
        after: args.after ?? null,
      });
      return usagePage(rows, first);
    },
  },
  InvoiceLine: {
    amount: (line: StoredLine) => money(line.amountMinor),
    service: (line: StoredLine) => ({ id: line.serviceId }),
  },
});
