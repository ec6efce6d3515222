import {
  assertValid,
  type FieldProblem,
  idempotencyKeyProblems,
  idempotent,
  MAX_AMOUNT_MINOR,
  money,
  notFound,
  parseMinor,
  requireRole,
} from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { MutationTakePromisedPaymentArgs, TakePromisedPaymentInput } from '../generated/schema';
import { type Eligibility, eligibilityOf, monthsBefore } from '../promised-payments/eligibility';
import type { PromisedPaymentRow } from '../promised-payments/loaders';
import { REVERSAL_BAR_MONTHS } from '../promised-payments/rules';
import { takePromisedPayment } from '../promised-payments/take';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

function inputProblems(input: TakePromisedPaymentInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const minor = parseMinor(input.amount);
  if (minor <= 0n) problems.push({ field: 'amount', message: 'must be positive' });
  if (minor > MAX_AMOUNT_MINOR) problems.push({ field: 'amount', message: 'is too large' });
  problems.push(...idempotencyKeyProblems(input.idempotencyKey));
  return problems;
}

/**
 * Each request's judgements of accounts for promised payments, batched: they read billing's clock, which
 * the request's loaders (made before any resolver) do not know.
 */
const offers = new WeakMap<object, DataLoader<string, Eligibility | undefined>>();
function offersOf(billing: Billing, ctx: Context) {
  let loader = offers.get(ctx.loaders);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const judged = await eligibilityOf(ctx.db, ids, billing.clock.now());
      return ids.map((id) => judged.get(id));
    });
    offers.set(ctx.loaders, loader);
  }
  return loader;
}

/** Promised payments: customers take them; the deadline worker (`promised-payments/deadlines.ts`) reverses them. */
export const promisedPaymentResolvers = (billing: Billing) => ({
  PersonalAccount: {
    async promisedPayment(account: AccountRef, _args: unknown, ctx: Context) {
      const found = await ctx.loaders.promisedPayments.load(account.id);
      if (!found) throw notFound('Personal account');
      return found.latest;
    },
    async promisedPaymentOffer(account: AccountRef, _args: unknown, ctx: Context) {
      const row = await ctx.loaders.billingAccount.load(account.id);
      if (!row) throw notFound('Personal account');
      const judged = (await offersOf(billing, ctx).load(account.id)) as Eligibility;
      return {
        available: judged.refusal === null,
        reason: judged.refusal?.message ?? null,
        maxAmount: money(judged.capMinor, row.currency),
      };
    },
    async promisedPaymentBlocked(account: AccountRef, _args: unknown, ctx: Context) {
      const found = await ctx.loaders.promisedPayments.load(account.id);
      if (!found) throw notFound('Personal account');
      if (!found.lastReversedAt) return false;
      return new Date(found.lastReversedAt) > monthsBefore(billing.clock.now(), REVERSAL_BAR_MONTHS);
    },
  },
  PromisedPayment: {
    amount: (p: PromisedPaymentRow) => money(p.amountMinor, p.currency),
    entry: async (p: PromisedPaymentRow, _args: unknown, ctx: Context) =>
      (await ctx.loaders.entry.load(p.entryId)) ?? notFound('Ledger entry'),
    reversal: (p: PromisedPaymentRow, _args: unknown, ctx: Context) =>
      p.reversalEntryId ? ctx.loaders.entry.load(p.reversalEntryId) : null,
  },
  Mutation: {
    async takePromisedPayment(_: unknown, { input }: MutationTakePromisedPaymentArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['ADMIN', 'ACCOUNTANT']);
      assertValid(inputProblems(input));
      const { idempotencyKey, ...request } = input;
      return ctx.db.transaction((tx) =>
        idempotent(tx, `takePromisedPayment:${viewer.userId}`, idempotencyKey, request, async () => {
          const now = billing.clock.now();
          const taken = await takePromisedPayment(tx, viewer, input.accountId, parseMinor(input.amount), now);
          const [promisedPayment]: PromisedPaymentRow[] = await tx.query(
            `SELECT id, account_id AS "accountId", amount_minor::text AS "amountMinor", currency,
               entry_id AS "entryId", taken_at AS "takenAt", due_at AS "dueAt", state, settled_at AS "settledAt",
               reversal_entry_id AS "reversalEntryId"
             FROM promised_payments WHERE id = $1`,
            [taken.id],
          );
          const { payload, sequence } = taken.posted;
          return { promisedPayment, balance: money(payload.balanceMinor, payload.entry.currency), sequence };
        }),
      );
    },
  },
});
