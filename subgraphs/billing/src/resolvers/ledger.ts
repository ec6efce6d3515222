import {
  assertValid,
  companyScope,
  type FieldProblem,
  idempotent,
  MAX_AMOUNT_MINOR,
  money,
  notFound,
  parseMinor,
  requireRole,
} from '@kabinet/kit';
import type { LedgerEntry, LedgerEntryKind } from '../data/entities';
import { postEntry } from '../ledger/post-entry';
import type { Context } from './context';

export interface PostLedgerEntryInput {
  accountId: string;
  kind: LedgerEntryKind;
  amount: string;
  description: string;
  idempotencyKey: string;
}

interface EntryShape {
  id: string;
  kind: LedgerEntryKind;
  amountMinor: string;
  currency: string;
  description: string;
  occurredAt: Date | string;
  accountId: string;
}

function inputProblems(input: PostLedgerEntryInput): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const minor = parseMinor(input.amount);
  if (minor <= 0n) problems.push({ field: 'amount', message: 'must be positive' });
  if (minor > MAX_AMOUNT_MINOR) problems.push({ field: 'amount', message: 'is too large' });
  if (!input.description.trim()) problems.push({ field: 'description', message: 'is required' });
  if (input.idempotencyKey.length < 8 || input.idempotencyKey.length > 128) {
    problems.push({ field: 'idempotencyKey', message: 'must be 8 to 128 characters' });
  }
  if (input.kind === 'PROMISED_PAYMENT') {
    problems.push({ field: 'kind', message: 'promised payments are requested, not posted' });
  }
  return problems;
}

export const ledgerResolvers = {
  Query: {
    ledgerEntry: async (_: unknown, args: { id: string }, ctx: Context) =>
      (await ctx.loaders.entry.load(args.id)) ?? notFound('Ledger entry'),
  },
  Mutation: {
    async postLedgerEntry(_: unknown, { input }: { input: PostLedgerEntryInput }, ctx: Context) {
      const viewer = requireRole(ctx.viewer, ['OPERATOR', 'MANAGER']);
      assertValid(inputProblems(input));
      const { idempotencyKey, ...request } = input;
      return ctx.db.transaction((tx) =>
        idempotent(tx, `postLedgerEntry:${viewer.userId}`, idempotencyKey, request, async () => {
          const { payload, sequence } = await postEntry(tx, companyScope(viewer), {
            accountId: input.accountId,
            kind: input.kind,
            amountMinor: parseMinor(input.amount),
            description: input.description.trim(),
          });
          return {
            entry: { ...payload.entry, accountId: payload.accountId },
            balance: money(payload.balanceMinor, payload.entry.currency),
            sequence,
          };
        }),
      );
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
};
