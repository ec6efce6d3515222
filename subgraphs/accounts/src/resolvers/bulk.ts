import { BULK_OPERATION_PROGRESSED, parseEvent } from '@kabinet/contracts';
import {
  decodeCursor,
  isUuid,
  notFound,
  type OutboxEvent,
  pageSize,
  requireViewer,
  toConnection,
  watchCompany,
} from '@kabinet/kit';
import { cancelBulkOperation } from '../bulk/cancel';
import type { BulkItemRow, BulkOperationRow } from '../bulk/loaders';
import { startBulkOperation } from '../bulk/start';
import type { Company } from '../data/entities';
import type {
  BulkOperationItemsArgs,
  CompanyBulkOperationsArgs,
  MutationCancelBulkOperationArgs,
  MutationStartBulkOperationArgs,
  QueryBulkOperationArgs,
  SubscriptionBulkOperationProgressArgs,
} from '../generated/schema';
import type { Context } from './context';

async function visibleJob(ctx: Context, id: string): Promise<BulkOperationRow> {
  requireViewer(ctx.viewer);
  const job = isUuid(id) ? await ctx.loaders.bulkOperation.load(id) : null;
  if (!job) throw notFound('Bulk operation');
  return job;
}

/** The job after a change of it, read again. */
async function payload(ctx: Context, operationId: string) {
  ctx.loaders.bulkOperation.clear(operationId);
  return { operation: await visibleJob(ctx, operationId) };
}

/** Group operations: starting, cancelling and following jobs over many accounts. */
export const bulkResolvers = {
  Query: {
    bulkOperation: (_: unknown, { id }: QueryBulkOperationArgs, ctx: Context) => visibleJob(ctx, id),
  },
  Mutation: {
    async startBulkOperation(_: unknown, { input }: MutationStartBulkOperationArgs, ctx: Context) {
      const { operationId, companyId } = await ctx.db.transaction((tx) =>
        startBulkOperation(tx, ctx.viewer, input),
      );
      ctx.audit.companyId = companyId;
      return payload(ctx, operationId);
    },
    async cancelBulkOperation(_: unknown, { input }: MutationCancelBulkOperationArgs, ctx: Context) {
      await ctx.db.transaction(async (tx) => {
        ctx.audit.companyId = await cancelBulkOperation(tx, ctx.viewer, input.id);
      });
      return payload(ctx, input.id);
    },
  },
  Subscription: {
    bulkOperationProgress: {
      async subscribe(_: unknown, args: SubscriptionBulkOperationProgressArgs, ctx: Context) {
        const job = await visibleJob(ctx, args.id);
        return watchCompany({
          viewer: ctx.viewer,
          db: ctx.db,
          events: ctx.events,
          type: BULK_OPERATION_PROGRESSED,
          companiesOfNamed: [job.companyId],
          after: args.after,
          beyondAccounts: () => true,
          accept: (event) => parseEvent(BULK_OPERATION_PROGRESSED, event.payload).operationId === job.id,
        });
      },
      resolve(event: OutboxEvent) {
        const progress = parseEvent(BULK_OPERATION_PROGRESSED, event.payload);
        return { ...progress, sequence: event.seq };
      },
    },
  },
  BulkOperationProgress: {
    operation: (progress: { operationId: string }, _args: unknown, ctx: Context) =>
      visibleJob(ctx, progress.operationId),
  },
  Company: {
    async bulkOperations(company: Company, args: CompanyBulkOperationsArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['timestamp', 'uuid']) as [string, string] | null;
      const rows = await ctx.loaders.bulkOperationPage.load({
        companyId: company.id,
        limit: limit + 1,
        after,
      });
      return toConnection(rows, limit, (job) => [job.createdAt.toISOString(), job.id]);
    },
  },
  BulkOperation: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return visibleJob(ctx, ref.id);
    },
    company: (job: BulkOperationRow, _args: unknown, ctx: Context) => ctx.loaders.company.load(job.companyId),
    pending: (job: BulkOperationRow) => job.total - job.done - job.failed - job.cancelled,
    percent: (job: BulkOperationRow) =>
      Math.floor(((job.done + job.failed + job.cancelled) * 100) / job.total),
    async items(job: BulkOperationRow, args: BulkOperationItemsArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const [after] = decodeCursor(args.after, ['bigint']) ?? [null];
      const rows = await ctx.loaders.bulkItemPage.load({
        operationId: job.id,
        status: args.status ?? null,
        limit: limit + 1,
        after: after === null ? null : Number(after),
      });
      return toConnection(rows, limit, (item) => [String(item.position)]);
    },
  },
  BulkOperationItem: {
    account: async (item: BulkItemRow, _args: unknown, ctx: Context) =>
      (await ctx.loaders.account.load(item.accountId)) ?? notFound('Personal account'),
    error: (item: BulkItemRow) =>
      item.errorCode ? { code: item.errorCode, field: item.errorField, message: item.errorMessage } : null,
  },
};
