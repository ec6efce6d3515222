import {
  assertValid,
  badInput,
  decodeCursor,
  type FieldProblem,
  idempotencyKeyProblems,
  isUuid,
  MAX_AMOUNT_MINOR,
  money,
  notFound,
  pageSize,
  parseMinor,
  requireRole,
  requireViewer,
  toConnection,
} from '@kabinet/kit';
import type { Payment } from '../data/entities';
import type { MutationConfirmPaymentArgs, MutationCreatePaymentArgs } from '../generated/schema';
import { OPERATOR } from '../operator';
import { bankInvoiceOf } from '../payments/bank-invoice';
import { createPayment } from '../payments/create-payment';
import { expireBeforeRead } from '../payments/expiry';
import { readPayment } from '../payments/rows';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

const payee = {
  name: OPERATOR.name,
  inn: OPERATOR.inn,
  kpp: OPERATOR.kpp,
  bankName: OPERATOR.bank.name,
  bik: OPERATOR.bank.bik,
  correspondentAccount: OPERATOR.bank.correspondentAccount,
  settlementAccount: OPERATOR.bank.settlementAccount,
};

/** An amount a payment may have: positive, at most MAX_AMOUNT_MINOR (the Decimal scalar refuses a third decimal). */
export function amountProblems(amount: string, field = 'amount'): FieldProblem[] {
  const minor = parseMinor(amount);
  if (minor <= 0n) return [{ field, message: 'must be positive' }];
  if (minor > MAX_AMOUNT_MINOR) return [{ field, message: 'is too large' }];
  return [];
}

/** The payment as the caller may see it, after expiring what is due: never PENDING past its time. */
async function visiblePayment(billing: Billing, ctx: Context, id: string) {
  await expireBeforeRead(ctx.loaders, ctx.db, billing);
  return ctx.loaders.payment.load(id);
}

/** An invoice the caller may see with something still owed on it; NOT_FOUND or BAD_USER_INPUT otherwise. */
async function payableInvoice(ctx: Context, invoiceId: string) {
  const invoice = await ctx.loaders.invoice.load(invoiceId);
  if (!invoice) throw notFound('Invoice');
  if (BigInt(invoice.dueMinor) === 0n)
    assertValid([{ field: 'invoiceId', message: 'nothing is owed on it' }]);
  return invoice;
}

/** Payments: createPayment, confirmPayment, payment(id), PersonalAccount.payments. */
export const paymentResolvers = (billing: Billing) => ({
  Query: {
    async payment(_: unknown, { id }: { id: string }, ctx: Context) {
      requireViewer(ctx.viewer);
      return (await visiblePayment(billing, ctx, id)) ?? notFound('Payment');
    },
  },
  Mutation: {
    async createPayment(_: unknown, { input }: MutationCreatePaymentArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN', 'ACCOUNTANT']);
      assertValid([
        ...amountProblems(input.amount),
        ...idempotencyKeyProblems(input.idempotencyKey),
        ...(!input.accountId === !input.invoiceId
          ? [{ field: 'accountId', message: 'name the account or the invoice to pay, one of them' }]
          : []),
      ]);
      const invoice = input.invoiceId ? await payableInvoice(ctx, input.invoiceId) : null;
      const accountId = invoice?.accountId ?? (input.accountId as string);
      if (!isUuid(accountId)) throw notFound('Personal account');
      const payment = await createPayment(billing, ctx.db, viewer, {
        accountId,
        invoiceId: invoice?.id ?? null,
        amountMinor: parseMinor(input.amount),
        method: input.method,
        idempotencyKey: input.idempotencyKey,
      });
      return { payment };
    },

    async confirmPayment(_: unknown, { input }: MutationConfirmPaymentArgs, ctx: Context) {
      requireRole(ctx.viewer, ['ADMIN', 'ACCOUNTANT']);
      if (!/^\d{4,8}$/.test(input.code)) assertValid([{ field: 'code', message: 'must be 4 to 8 digits' }]);
      // Read without expiring first: the mutation's first transaction carries its audit event.
      const payment = isUuid(input.paymentId) ? await ctx.loaders.payment.load(input.paymentId) : null;
      if (!payment) throw notFound('Payment');
      const overdue = payment.expiresAt !== null && new Date(payment.expiresAt) <= billing.clock.now();
      if (
        payment.state !== 'PENDING' ||
        overdue ||
        !payment.needsConfirmation ||
        !payment.acquirerReference
      ) {
        const state = payment.state === 'PENDING' && overdue ? 'EXPIRED' : payment.state;
        throw badInput([{ field: 'paymentId', message: `needs no confirmation (${state})` }]);
      }
      const answer = await billing.acquirer.confirm(payment.acquirerReference, input.code);
      if (answer.outcome === 'WRONG_CODE') {
        throw badInput([
          {
            field: 'code',
            message: `is wrong; ${answer.attemptsLeft} attempt(s) left before the payment is declined`,
          },
        ]);
      }
      if (answer.outcome === 'NOT_AWAITING') {
        throw badInput([{ field: 'paymentId', message: 'needs no confirmation' }]);
      }
      return { payment: await readPayment(ctx.db, payment.id) };
    },
  },
  PersonalAccount: {
    async payments(
      account: AccountRef,
      args: { first?: number | null; after?: string | null },
      ctx: Context,
    ) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['timestamp', 'uuid']) as [string, string] | null;
      // An account the caller may not see has no payments to list: NOT_FOUND, as for its balance.
      if ((await ctx.loaders.balance.load(account.id)) === null) throw notFound('Personal account');
      await expireBeforeRead(ctx.loaders, ctx.db, billing);
      const rows = await ctx.loaders.paymentPage.load({ accountId: account.id, limit: limit + 1, after });
      return toConnection(rows, limit, (p) => [new Date(p.createdAt).toISOString(), p.id]);
    },
  },
  Payment: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.payment.load(ref.id)) ?? notFound('Payment');
    },
    account: (p: Payment) => ({ id: p.accountId }),
    invoice: (p: Payment, _: unknown, ctx: Context) =>
      p.invoiceId ? ctx.loaders.invoice.load(p.invoiceId) : null,
    amount: (p: Payment) => money(p.amountMinor, p.currency),
    paymentUrl: (p: Payment) => (p.method === 'CARD' && p.state === 'PENDING' ? p.paymentUrl : null),
    bankInvoice(p: Payment) {
      if (p.method !== 'INVOICE') return null;
      const invoice = bankInvoiceOf(p);
      return {
        ...invoice,
        amount: money(invoice.amountMinor, invoice.currency),
        vat: money(invoice.vatMinor, invoice.currency),
        payee,
        payerAccount: { id: invoice.accountId },
      };
    },
    receipt(p: Payment) {
      if (p.method !== 'CARD' || p.state !== 'SUCCEEDED' || !p.receiptNumber) return null;
      return {
        number: p.receiptNumber,
        issuedAt: p.completedAt,
        amount: money(p.amountMinor, p.currency),
        operator: payee,
        cardMask: p.cardMask ?? '',
      };
    },
  },
});
