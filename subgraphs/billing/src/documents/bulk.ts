import { type BulkHandler, bulkWork, type Logger, type Period } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import type { Billing } from '../runtime';
import type { DocumentFormat } from './render';
import { requestDocument } from './request';
import { subscribeToDocuments, unsubscribeAddress } from './subscriptions';
import type { DocumentType } from './types';

/** Billing's share of group operations: the documents of each account, as if asked for one by one. */
const handlers = {
  async REQUEST_DOCUMENTS(tx, { accountId, params, viewer, now }) {
    await requestDocument(
      tx,
      viewer,
      {
        accountId,
        type: params.documentType as DocumentType,
        format: (params.format ?? 'PDF') as DocumentFormat,
        period: params.period as Period,
        email: params.email,
      },
      now,
    );
  },
  /** An address subscribed to some monthly documents; to none, unsubscribed. */
  async SET_DOCUMENT_SUBSCRIPTION(tx, { accountId, params, viewer, now }) {
    const types = (params.documentTypes ?? []) as DocumentType[];
    const email = params.email as string;
    if (types.length === 0) return unsubscribeAddress(tx, viewer, accountId, email);
    await subscribeToDocuments(
      tx,
      viewer,
      { accountId, types, email, format: params.format as DocumentFormat | undefined },
      now,
    );
  },
} satisfies Record<string, BulkHandler>;

/** Applies the group operations billing owns, from accounts' job events. */
export const billingBulkWork = (billing: Billing, deps: { db: DataSource; log: Logger }) =>
  bulkWork(deps, { owner: 'billing', handlers, clock: billing.clock });
