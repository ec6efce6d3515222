import { requireViewer, toCsv } from '@kabinet/kit';
import { type AuditRow, auditPage, auditRowsForExport } from '../audit/archive';
import type { QueryAuditLogArgs as AuditArgs } from '../generated/schema';
import type { Context } from './context';

const COLUMNS = [
  'at',
  'action',
  'outcome',
  'actorId',
  'actorRole',
  'companyId',
  'target',
  'ip',
  'userAgent',
] as const;

export const auditResolvers = {
  Query: {
    auditLog: (_: unknown, args: AuditArgs, ctx: Context) =>
      auditPage(ctx.db, requireViewer(ctx.viewer), args.filter ?? {}, args.first, args.after),
    async auditLogCsv(_: unknown, args: AuditArgs, ctx: Context) {
      const rows = await auditRowsForExport(ctx.db, requireViewer(ctx.viewer), args.filter ?? {});
      return toCsv(
        rows.map((row) => ({ ...row, at: new Date(row.at).toISOString() })),
        COLUMNS,
      );
    },
  },
  AuditEvent: {
    /** Through the caller's scoped loader: a company admin sees their own users, not the operator's staff. */
    actor: (row: AuditRow, _args: unknown, ctx: Context) =>
      row.actorId ? ctx.loaders.user.load(row.actorId) : null,
    company: (row: AuditRow) => (row.companyId ? { id: row.companyId } : null),
  },
};
