import {
  assertValid,
  companyScope,
  type FieldProblem,
  idempotencyKeyProblems,
  idempotentBatch,
  MAX_AMOUNT_MINOR,
  money,
  notFound,
  parseMinor,
  requireRole,
  TEXT_MAX,
  textProblems,
  type Viewer,
} from '@kabinet/kit';
import type { LedgerEntry, LedgerEntryKind } from '../data/entities';
import type {
  MutationPostLedgerEntriesArgs,
  MutationPostLedgerEntryArgs,
  PostLedgerEntryInput,
} from '../generated/schema';
import { type NewEntry, type PostedEntry, postEntries } from '../ledger/post-entry';
import { lockInvoicesToSettle } from '../payments/bank-invoice';
import type { Billing } from '../runtime';
import type { Context } from './context';

interface EntryShape {
  id: string;
  kind: LedgerEntryKind;
  amountMinor: string;
  currency: string;
  description: string;
  occurredAt: Date | string;
  accountId: string;
}

/** Entries one postLedgerEntries call may carry: a bank registry is split into calls of this size. */
export const MAX_ENTRIES_PER_CALL = 500;

function inputProblems(input: PostLedgerEntryInput, path = ''): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) => problems.push({ field: path + field, message });
  const minor = parseMinor(input.amount);
  if (minor <= 0n) problem('amount', 'must be positive');
  if (minor > MAX_AMOUNT_MINOR) problem('amount', 'is too large');
  problems.push(...textProblems(`${path}description`, input.description, { min: 1, max: TEXT_MAX.comment }));
  problems.push(...idempotencyKeyProblems(input.idempotencyKey, `${path}idempotencyKey`));
  if (input.kind === 'PROMISED_PAYMENT') problem('kind', 'promised payments are requested, not posted');
  if (input.invoiceNumber != null && input.kind !== 'PAYMENT') {
    problem('invoiceNumber', 'only a PAYMENT pays a bank invoice');
  }
  if (input.invoiceNumber != null && input.invoiceNumber.length > 32) {
    problem('invoiceNumber', 'must be at most 32 characters');
  }
  return problems;
}

const newEntry = (input: PostLedgerEntryInput): NewEntry => ({
  accountId: input.accountId,
  kind: input.kind,
  amountMinor: parseMinor(input.amount),
  description: input.description.trim(),
});

const postedPayload = ({ payload, sequence }: PostedEntry) => ({
  entry: { ...payload.entry, accountId: payload.accountId },
  balance: money(payload.balanceMinor, payload.entry.currency),
  sequence,
});

/**
 * Posts the entries in one transaction, all or none, each at most once per idempotency key of the posting
 * staff member: a repeated key with the same input returns the first result. Lines naming a bank invoice
 * settle its payment with their own entry (`path` says where a line is in the request, for errors).
 */
function postOnce(
  billing: Billing,
  ctx: Context,
  viewer: Viewer,
  inputs: PostLedgerEntryInput[],
  path: (i: number) => string = (i) => `inputs.${i}.`,
) {
  const requests = inputs.map(({ idempotencyKey, ...input }) => ({ key: idempotencyKey, input }));
  return ctx.db.transaction((tx) =>
    idempotentBatch(tx, `postLedgerEntry:${viewer.userId}`, requests, async (fresh) => {
      const now = billing.clock.now();
      const invoiceLines = fresh.flatMap((i, n) => {
        const { accountId, amount, invoiceNumber } = inputs[i];
        return invoiceNumber == null
          ? []
          : [
              {
                n,
                path: path(i),
                accountId,
                amountMinor: parseMinor(amount),
                invoiceNumber: invoiceNumber.trim(),
              },
            ];
      });
      const settleInvoices = await lockInvoicesToSettle(tx, invoiceLines);
      const posted = await postEntries(
        tx,
        companyScope(viewer),
        fresh.map((i) => newEntry(inputs[i])),
        now,
      );
      await settleInvoices(
        invoiceLines.map((line) => posted[line.n].payload.entry.id),
        now,
      );
      // The action archive files staff postings under the company whose accounts they moved.
      const companies = new Set(posted.map((p) => p.companyId));
      if (companies.size === 1) ctx.audit.companyId = [...companies][0];
      return posted.map(postedPayload);
    }),
  );
}

export const ledgerResolvers = (billing: Billing) => ({
  Query: {
    ledgerEntry: async (_: unknown, args: { id: string }, ctx: Context) =>
      (await ctx.loaders.entry.load(args.id)) ?? notFound('Ledger entry'),
  },
  Mutation: {
    async postLedgerEntry(_: unknown, { input }: MutationPostLedgerEntryArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      assertValid(inputProblems(input));
      const [posted] = await postOnce(billing, ctx, viewer, [input], () => '');
      return posted;
    },
    async postLedgerEntries(_: unknown, { inputs }: MutationPostLedgerEntriesArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      if (inputs.length === 0 || inputs.length > MAX_ENTRIES_PER_CALL) {
        assertValid([{ field: 'inputs', message: `must hold 1 to ${MAX_ENTRIES_PER_CALL} entries` }]);
      }
      assertValid(inputs.flatMap((input, i) => inputProblems(input, `inputs.${i}.`)));
      return postOnce(billing, ctx, viewer, inputs);
    },
  },
  LedgerEntry: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.entry.load(ref.id)) ?? notFound('Ledger entry');
    },
    amount: (entry: EntryShape | LedgerEntry) => money(entry.amountMinor, entry.currency),
    occurredAt: (entry: EntryShape) => entry.occurredAt,
    account: (entry: EntryShape) => ({ id: entry.accountId }),
  },
});
