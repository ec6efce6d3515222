import { NOTIFICATION_ADDED, parseEvent } from '@kabinet/contracts';
import {
  assertValid,
  decodeCursor,
  forbidden,
  isUuid,
  notFound,
  type OutboxEvent,
  pageSize,
  requireViewer,
  toConnection,
  type Viewer,
  watchCompany,
} from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import type {
  MutationMarkNotificationsReadArgs,
  MutationUpdateNotificationSettingsArgs,
  SubscriptionNotificationAddedArgs,
  UserNotificationsArgs,
} from '../generated/schema';
import { NOTIFICATION_KINDS } from '../notifications/kinds';
import { DEFAULT_CHANNELS, type Settings, settingsOf, updateSettings } from '../notifications/settings';
import {
  NOTIFICATION_COLUMNS,
  type NotificationRecord,
  visibleNotificationSql,
} from '../notifications/visible';
import type { Context } from './context';

const unreadCount = async (db: Pick<DataSource, 'query'>, viewer: Viewer): Promise<number> => {
  const visible = visibleNotificationSql(viewer, 1);
  const [{ count }]: { count: number }[] = await db.query(
    `SELECT count(*)::int AS count FROM notifications n WHERE ${visible.sql}
       AND NOT EXISTS (SELECT 1 FROM notification_reads r WHERE r.user_id = $1 AND r.notification_id = n.id)`,
    visible.params,
  );
  return count;
};

/** Settings as the graph shows them: every kind, with its default where none was chosen. */
const settingsView = (settings: Settings) => ({
  timeZone: settings.timeZone,
  quietHours: settings.quietHours,
  channels: NOTIFICATION_KINDS.map((kind) => ({
    kind,
    channels: settings.channels.get(kind) ?? DEFAULT_CHANNELS,
  })),
});

/** The caller, if `user` is the caller: notifications are only ever one's own. */
function self(ctx: Context, user: { id: string }): Viewer {
  const viewer = requireViewer(ctx.viewer);
  if (user.id !== viewer.userId) throw forbidden('Only your own notifications');
  return viewer;
}

/** In-app notifications: listed, counted, marked read, and followed live. */
export const notificationResolvers = {
  User: {
    async notifications(user: { id: string }, args: UserNotificationsArgs, ctx: Context) {
      const viewer = self(ctx, user);
      const limit = pageSize(args.first);
      const [after] = decodeCursor(args.after, ['bigint']) ?? [null];
      const visible = visibleNotificationSql(viewer, 1);
      const at = visible.params.length;
      const rows: NotificationRecord[] = await ctx.db.query(
        `SELECT ${NOTIFICATION_COLUMNS('$1')} FROM notifications n WHERE ${visible.sql}
           AND ($${at + 1}::bigint IS NULL OR n.seq < $${at + 1}::bigint)
           AND (NOT $${at + 2}::boolean OR NOT EXISTS
             (SELECT 1 FROM notification_reads r WHERE r.user_id = $1 AND r.notification_id = n.id))
         ORDER BY n.seq DESC LIMIT $${at + 3}`,
        [...visible.params, after, args.unreadOnly === true, limit + 1],
      );
      return toConnection(rows, limit, (n) => [n.seq]);
    },
    unreadNotificationCount: (user: { id: string }, _args: unknown, ctx: Context) =>
      unreadCount(ctx.db, self(ctx, user)),
    notificationSettings: async (user: { id: string }, _args: unknown, ctx: Context) =>
      settingsView(await settingsOf(ctx.db, self(ctx, user).userId)),
  },
  Mutation: {
    async updateNotificationSettings(
      _: unknown,
      { input }: MutationUpdateNotificationSettingsArgs,
      ctx: Context,
    ) {
      const viewer = requireViewer(ctx.viewer);
      await ctx.db.transaction((tx) => updateSettings(tx, viewer, input));
      ctx.audit.companyId = viewer.companyId;
      return { settings: settingsView(await settingsOf(ctx.db, viewer.userId)) };
    },
    async markNotificationsRead(_: unknown, { input }: MutationMarkNotificationsReadArgs, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      const ids = input.ids ?? [];
      if (!input.all === (ids.length === 0) || ids.length > 100)
        assertValid([{ field: 'ids', message: 'name 1 to 100 notifications, or pass all: true' }]);
      const visible = visibleNotificationSql(viewer, 1);
      const at = visible.params.length;
      const marked = await ctx.db.transaction(async (tx) => {
        const rows: unknown[] = await tx.query(
          `INSERT INTO notification_reads (notification_id, user_id, read_at)
           SELECT n.id, $1, now() FROM notifications n
           WHERE ${visible.sql} AND ($${at + 1}::boolean OR n.id = ANY($${at + 2}::uuid[]))
           ON CONFLICT DO NOTHING RETURNING notification_id`,
          [...visible.params, input.all === true, ids.filter(isUuid)],
        );
        return rows.length;
      });
      ctx.audit.companyId = viewer.companyId;
      return { marked, unreadCount: await unreadCount(ctx.db, viewer) };
    },
  },
  Subscription: {
    notificationAdded: {
      subscribe(_: unknown, args: SubscriptionNotificationAddedArgs, ctx: Context) {
        const viewer = requireViewer(ctx.viewer);
        return watchCompany({
          viewer,
          db: ctx.db,
          events: ctx.events,
          type: NOTIFICATION_ADDED,
          companiesOfNamed: [],
          after: args.after,
          // As the list (visibleNotificationSql): the user's own, and the company's about no one account.
          beyondAccounts: (event) => {
            const added = parseEvent(NOTIFICATION_ADDED, event.payload);
            return added.userId === viewer.userId || added.accountId === null;
          },
          accept: (event) => {
            const added = parseEvent(NOTIFICATION_ADDED, event.payload);
            return added.userId === null || added.userId === viewer.userId;
          },
        });
      },
      resolve: (event: OutboxEvent) => ({
        sequence: event.seq,
        notificationId: parseEvent(NOTIFICATION_ADDED, event.payload).notificationId,
      }),
    },
  },
  NotificationAdded: {
    async notification(added: { notificationId: string }, _args: unknown, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      const visible = visibleNotificationSql(viewer, 1);
      const [row]: NotificationRecord[] = await ctx.db.query(
        `SELECT ${NOTIFICATION_COLUMNS('$1')} FROM notifications n WHERE ${visible.sql} AND n.id = $${visible.params.length + 1}`,
        [...visible.params, added.notificationId],
      );
      if (!row) throw notFound('Notification');
      return row;
    },
  },
  Notification: {
    account: (n: NotificationRecord) => (n.accountId ? { id: n.accountId } : null),
    orderId: (n: NotificationRecord) => n.subject.orderId ?? null,
    ticketId: (n: NotificationRecord) => n.subject.ticketId ?? null,
    documentId: (n: NotificationRecord) => n.subject.documentId ?? null,
    paymentId: (n: NotificationRecord) => n.subject.paymentId ?? null,
    serviceId: (n: NotificationRecord) => n.subject.serviceId ?? null,
  },
};
