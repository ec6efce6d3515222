import {
  COMPANY_ROLES,
  companyScopeSql,
  decodeCursor,
  notFound,
  pageSize,
  periodRange,
  requireRole,
  requireViewer,
  STAFF_ROLES,
  toConnection,
} from '@kabinet/kit';
import { DOWNLOAD_URL_MINUTES, downloadPath } from '../documents/download-urls';
import { DOCUMENT_COLUMNS, type DocumentRecord } from '../documents/records';
import { requestDocument } from '../documents/request';
import { exportStatement } from '../documents/statement-export';
import {
  type DocumentSubscription,
  subscribeToDocuments,
  unsubscribeFromDocuments,
} from '../documents/subscriptions';
import { verifyDocument } from '../documents/verify';
import type {
  MutationExportStatementArgs,
  MutationRequestDocumentArgs,
  MutationSubscribeToDocumentsArgs,
  MutationUnsubscribeFromDocumentsArgs,
  PersonalAccountDocumentsArgs,
  QueryVerifyDocumentArgs,
} from '../generated/schema';
import type { Billing } from '../runtime';
import type { Context } from './context';
import type { AccountRef } from './personal-account';

/** Standing orders send mail on the company's behalf every month: a change, for those who manage money. */
const MANAGES_SUBSCRIPTIONS = ['ADMIN', 'ACCOUNTANT', 'OPERATOR', 'MANAGER'] as const;

export const documentResolvers = (billing: Billing) => ({
  Query: {
    document: async (_: unknown, { id }: { id: string }, ctx: Context) =>
      (await ctx.loaders.document.load(id)) ?? notFound('Document'),
    verifyDocument: (_: unknown, { input }: QueryVerifyDocumentArgs, ctx: Context) => {
      requireViewer(ctx.viewer);
      return verifyDocument(ctx.db.manager, input);
    },
  },
  Mutation: {
    async requestDocument(_: unknown, { input }: MutationRequestDocumentArgs, ctx: Context) {
      // Documents are reading: every company role may ask, VIEWER included; staff for any company.
      const viewer = requireRole(ctx.viewer, [...COMPANY_ROLES, ...STAFF_ROLES]);
      const document = await ctx.db.transaction(async (tx) => {
        const requested = await requestDocument(tx, viewer, input, billing.clock.now());
        ctx.audit.companyId = requested.companyId;
        return requested;
      });
      return { document };
    },
    async subscribeToDocuments(_: unknown, { input }: MutationSubscribeToDocumentsArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, MANAGES_SUBSCRIPTIONS);
      const subscription = await ctx.db.transaction((tx) =>
        subscribeToDocuments(tx, viewer, input, billing.clock.now()),
      );
      ctx.audit.companyId = subscription.companyId;
      return { subscription };
    },
    async unsubscribeFromDocuments(
      _: unknown,
      { input }: MutationUnsubscribeFromDocumentsArgs,
      ctx: Context,
    ) {
      const viewer = requireRole(ctx.viewer, MANAGES_SUBSCRIPTIONS);
      ctx.audit.companyId = await ctx.db.transaction((tx) => unsubscribeFromDocuments(tx, viewer, input.id));
      return { id: input.id };
    },
    async exportStatement(_: unknown, { input }: MutationExportStatementArgs, ctx: Context) {
      requireRole(ctx.viewer, [...COMPANY_ROLES, ...STAFF_ROLES]);
      const range = periodRange(input.period, 'period');
      const link = await ctx.db.transaction((tx) =>
        exportStatement(billing, tx, ctx.loaders, { ...input, range }),
      );
      if (!link) throw notFound('Personal account');
      ctx.audit.companyId = link.company;
      return link;
    },
  },
  PersonalAccount: {
    documentSubscriptions: (account: AccountRef, _: unknown, ctx: Context) =>
      ctx.loaders.documentSubscriptions.load(account.id),
    async documents(account: AccountRef, args: PersonalAccountDocumentsArgs, ctx: Context) {
      const limit = pageSize(args.first);
      const after = decodeCursor(args.after, ['timestamp', 'uuid']);
      const scope = companyScopeSql(ctx.viewer, { company: 'd.company_id', account: 'd.account_id' }, 6);
      const rows: DocumentRecord[] = await ctx.db.query(
        `SELECT ${DOCUMENT_COLUMNS} FROM documents d
         WHERE d.account_id = $1 AND ${scope.sql}
           AND ($2::text[] IS NULL OR d.type = ANY($2)) AND ($3::text[] IS NULL OR d.status = ANY($3))
           AND ($4::timestamptz IS NULL OR (d.created_at, d.id) < ($4, $5::uuid))
         ORDER BY d.created_at DESC, d.id DESC LIMIT ${limit + 1}`,
        [
          account.id,
          args.filter?.types ?? null,
          args.filter?.statuses ?? null,
          after?.[0] ?? null,
          after?.[1] ?? null,
          ...scope.params,
        ],
      );
      return toConnection(rows, limit, (d) => [d.createdAt.toISOString(), d.id]);
    },
  },
  DocumentSubscription: {
    account: (s: DocumentSubscription) => ({ id: s.accountId }),
  },
  Document: {
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.document.load(ref.id),
    account: (d: DocumentRecord) => (d.accountId ? { id: d.accountId } : null),
    downloadUrl(d: DocumentRecord) {
      if (!d.fileId || (d.status !== 'READY' && d.status !== 'SENT')) return null;
      const expiresAt = new Date(billing.clock.now().getTime() + DOWNLOAD_URL_MINUTES * 60_000);
      return downloadPath(billing.documents.signer.urlKey, d.fileId, expiresAt);
    },
  },
});
