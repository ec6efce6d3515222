import {
  assertValid,
  type FieldProblem,
  MAX_AMOUNT_MINOR,
  money,
  parseMinor,
  requireRole,
} from '@kabinet/kit';
import { runBilling } from '../billing-run/run';
import { type NewUsage, storeUsage, type UsageRow, unknownServices } from '../billing-run/usage';
import type { MutationRecordUsageArgs, MutationRunBillingArgs, UsageRecordInput } from '../generated/schema';
import type { Billing } from '../runtime';
import type { Context } from './context';

/** Records one recordUsage call may carry. */
export const MAX_USAGE_PER_CALL = 1000;

const NUMBER = /^\+?\d{3,20}$/;

function usageProblems(record: UsageRecordInput, i: number, now: Date): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const problem = (field: string, message: string) =>
    problems.push({ field: `input.records.${i}.${field}`, message });
  if (record.externalId.length < 1 || record.externalId.length > 128)
    problem('externalId', 'must be 1 to 128 characters');
  if (record.occurredAt > now) problem('occurredAt', 'must not be in the future');
  const cost = parseMinor(record.cost);
  if (cost < 0n) problem('cost', 'must not be negative');
  if (cost > MAX_AMOUNT_MINOR) problem('cost', 'is too large');
  if (record.kind === 'CALL') {
    if (!record.numberCalled || !NUMBER.test(record.numberCalled))
      problem('numberCalled', 'a call needs the number called: 3 to 20 digits, optionally after +');
    if (!record.durationSeconds || record.durationSeconds < 1 || record.durationSeconds > 86_400)
      problem('durationSeconds', 'a call needs its duration, 1 to 86400 seconds');
    if (record.volumeMb != null) problem('volumeMb', 'only traffic has a volume');
  } else {
    if (!record.volumeMb || record.volumeMb < 1)
      problem('volumeMb', 'traffic needs its volume, at least 1 MB');
    if (record.numberCalled != null || record.durationSeconds != null)
      problem('numberCalled', 'only calls have a number and a duration');
  }
  return problems;
}

const newUsage = (record: UsageRecordInput): NewUsage => ({
  serviceId: record.serviceId,
  externalId: record.externalId,
  kind: record.kind,
  occurredAt: record.occurredAt,
  numberCalled: record.numberCalled ?? null,
  durationSeconds: record.durationSeconds ?? null,
  volumeMb: record.volumeMb ?? null,
  costMinor: parseMinor(record.cost),
});

/** The monthly billing run and the usage it charges. */
export const billingRunResolvers = (billing: Billing) => ({
  Mutation: {
    async runBilling(_: unknown, { input }: MutationRunBillingArgs, ctx: Context) {
      requireRole(ctx.viewer, ['OPERATOR']);
      const result = await runBilling(ctx.db, input.month, billing.clock.now());
      return { ...result, charged: money(result.chargedMinor) };
    },
    async recordUsage(_: unknown, { input }: MutationRecordUsageArgs, ctx: Context) {
      requireRole(ctx.viewer, ['OPERATOR']);
      const { records } = input;
      if (records.length === 0 || records.length > MAX_USAGE_PER_CALL) {
        assertValid([{ field: 'input.records', message: `must hold 1 to ${MAX_USAGE_PER_CALL} records` }]);
      }
      const now = billing.clock.now();
      assertValid(records.flatMap((record, i) => usageProblems(record, i, now)));
      const unknown = await unknownServices(
        ctx.db.manager,
        records.map((r) => r.serviceId),
      );
      assertValid(
        records.flatMap((record, i) =>
          unknown.has(record.serviceId)
            ? [{ field: `input.records.${i}.serviceId`, message: 'no such service is billed' }]
            : [],
        ),
      );
      const recorded = await ctx.db.transaction((tx) => storeUsage(tx, records.map(newUsage)));
      return { recorded, duplicates: records.length - recorded };
    },
  },
  UsageRecord: {
    cost: (record: UsageRow) => money(record.costMinor),
    service: (record: UsageRow) => ({ id: record.serviceId }),
  },
});
