import { z } from 'zod';
import type { Role } from '../viewer';
import { viewerSchema } from '../viewer';
import { uuid } from './fields';
import { SERVICE_KINDS } from './service-lifecycle';

/*
 * Group operations: one action on many personal accounts, tracked as a job. Accounts owns the job and its
 * per-account results; the subgraph that owns the action applies it account by account through a durable
 * command consumer, and answers with each item's outcome.
 */

/** The subgraph that applies each kind of operation, and who may start one. */
export const BULK_OPERATION_KINDS = {
  SUSPEND_SERVICES: { owner: 'catalog', roles: ['ADMIN', 'ACCOUNTANT', 'OPERATOR'] },
  RESUME_SERVICES: { owner: 'catalog', roles: ['ADMIN', 'ACCOUNTANT', 'OPERATOR'] },
  CHANGE_TARIFF: { owner: 'catalog', roles: ['ADMIN', 'OPERATOR'] },
  REQUEST_DOCUMENTS: {
    owner: 'billing',
    roles: ['ADMIN', 'ACCOUNTANT', 'VIEWER', 'MANAGER', 'SUPPORT', 'OPERATOR'],
  },
  SET_DOCUMENT_SUBSCRIPTION: { owner: 'billing', roles: ['ADMIN', 'ACCOUNTANT', 'MANAGER', 'OPERATOR'] },
  MOVE_TO_GROUP: { owner: 'accounts', roles: ['ADMIN', 'MANAGER', 'OPERATOR'] },
} as const satisfies Record<string, { owner: string; roles: readonly Role[] }>;
export type BulkOperationKind = keyof typeof BULK_OPERATION_KINDS;
export const BULK_KIND_NAMES = Object.keys(BULK_OPERATION_KINDS) as [
  BulkOperationKind,
  ...BulkOperationKind[],
];

/** Accounts one operation may name: the largest companies' whole estate, in one job. */
export const MAX_BULK_ACCOUNTS = 5_000;

const date = z.iso.date();

/** What the action needs; each kind uses its own few (accounts checks which, the owner what they mean). */
export const bulkOperationParams = z.looseObject({
  /** SUSPEND_SERVICES: the day the services work again. */
  resumeOn: date.optional(),
  /** SUSPEND_SERVICES, RESUME_SERVICES: only services of this kind (default all). */
  serviceKind: z.enum(SERVICE_KINDS).optional(),
  /** CHANGE_TARIFF: the new tariff (its kind picks the services), and when. */
  tariffId: uuid.optional(),
  effective: z.enum(['NOW', 'NEXT_PERIOD']).optional(),
  /** REQUEST_DOCUMENTS: which document for which days; SET_DOCUMENT_SUBSCRIPTION: which monthly documents. */
  documentType: z.string().optional(),
  documentTypes: z.array(z.string()).optional(),
  format: z.string().optional(),
  period: z.object({ from: date, to: date }).optional(),
  email: z.string().optional(),
  /** MOVE_TO_GROUP: the group (null: out of every group). */
  groupId: uuid.nullable().optional(),
});
export type BulkOperationParams = z.infer<typeof bulkOperationParams>;

/** Accounts, when a job is started: the owner of its kind queues an item per account. */
export const BULK_OPERATION_STARTED = 'BulkOperationStarted';
export const bulkOperationStarted = z.looseObject({
  operationId: uuid,
  companyId: uuid,
  kind: z.enum(BULK_KIND_NAMES),
  params: bulkOperationParams,
  /** Who started it: each item is applied with their rights, and archived under their name. */
  viewer: viewerSchema,
  accountIds: z.array(uuid).min(1).max(MAX_BULK_ACCOUNTS),
});
export type BulkOperationStartedPayload = z.infer<typeof bulkOperationStarted>;

/** Accounts, when a job is cancelled: the owner drops the items it has not applied. */
export const BULK_OPERATION_CANCELLED = 'BulkOperationCancelled';
export const bulkOperationCancelled = z.looseObject({ operationId: uuid, companyId: uuid });
export type BulkOperationCancelledPayload = z.infer<typeof bulkOperationCancelled>;

export const BULK_ITEM_OUTCOMES = ['DONE', 'FAILED', 'CANCELLED'] as const;

/** The owner of a job's kind, as items are settled: applied, refused (with the coded error), or dropped. */
export const BULK_ITEMS_SETTLED = 'BulkItemsSettled';
export const bulkItemsSettled = z.looseObject({
  operationId: uuid,
  companyId: uuid,
  items: z.array(
    z.looseObject({
      accountId: uuid,
      outcome: z.enum(BULK_ITEM_OUTCOMES),
      error: z
        .looseObject({ code: z.string(), field: z.string().nullable(), message: z.string() })
        .nullable(),
    }),
  ),
});
export type BulkItemsSettledPayload = z.infer<typeof bulkItemsSettled>;

export const BULK_OPERATION_STATUSES = [
  'QUEUED',
  'RUNNING',
  'COMPLETED',
  'COMPLETED_WITH_ERRORS',
  'CANCELLED',
] as const;
export type BulkOperationStatus = (typeof BULK_OPERATION_STATUSES)[number];

/** Accounts, in the company's stream, as a job moves: what live progress subscriptions deliver. */
export const BULK_OPERATION_PROGRESSED = 'BulkOperationProgressed';
const count = z.number().int().min(0);
export const bulkOperationProgressed = z.looseObject({
  operationId: uuid,
  companyId: uuid,
  status: z.enum(BULK_OPERATION_STATUSES),
  total: count,
  done: count,
  failed: count,
  cancelled: count,
});
export type BulkOperationProgressedPayload = z.infer<typeof bulkOperationProgressed>;
