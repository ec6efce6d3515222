import { isUuid, notFound, requireViewer } from '@kabinet/kit';
import { revokeSessions } from '../auth/sessions';
import { actingUser } from '../users/acting-user';
import type { Context } from './context';

interface SessionRow {
  id: string;
  userAgent: string | null;
  ip: string | null;
  createdAt: Date;
  lastSeenAt: Date;
}

const LIVE_SESSIONS = `SELECT id, user_agent AS "userAgent", ip, created_at AS "createdAt", last_seen_at AS "lastSeenAt"
  FROM sessions WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()`;

export const sessionResolvers = {
  Query: {
    async mySessions(_: unknown, _args: unknown, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      const rows: SessionRow[] = await ctx.db.query(`${LIVE_SESSIONS} ORDER BY last_seen_at DESC`, [
        viewer.userId,
      ]);
      return rows.map((row) => ({ ...row, current: row.id === viewer.sessionId }));
    },
  },
  Mutation: {
    async revokeSession(_: unknown, args: { id: string }, ctx: Context) {
      requireViewer(ctx.viewer);
      if (!isUuid(args.id)) throw notFound('Session');
      return ctx.db.transaction(async (tx) => {
        const { viewer } = await actingUser(tx, ctx.viewer);
        const [own] = await tx.query(`${LIVE_SESSIONS} AND id = $2`, [viewer.userId, args.id]);
        if (!own) throw notFound('Session');
        return { revoked: await revokeSessions(tx, { sessionId: args.id }, 'REVOKED_BY_USER') };
      });
    },
  },
  Session: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      if (!isUuid(ref.id)) return notFound('Session');
      const [row]: SessionRow[] = await ctx.db.query(`${LIVE_SESSIONS} AND id = $2`, [viewer.userId, ref.id]);
      return row ? { ...row, current: row.id === viewer.sessionId } : notFound('Session');
    },
  },
};
