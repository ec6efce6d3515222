/**
 * Fields whose answer depends on who asks, not only on what their access lets them see (`Type.field`). An
 * operation reading any of them is shared only between requests of the same user and session (see
 * `inflight.ts`). Kept by audit of the subgraphs' query-side resolvers: whatever reads the viewer's user or
 * session id belongs here (2026-12 audit: identity, support and accounts do; billing and catalog do not).
 */
export const PERSONAL_FIELDS = new Set<string>([
  // identity: the user's own profile and sessions (`me` is shared only as `me { company { … } }`, below)
  'Query.me',
  'Query.mySessions',
  'Session.current',
  // support: notifications are the user's own and company-wide ones filtered by their settings; read markers
  'User.notifications',
  'User.unreadNotificationCount',
  'User.notificationSettings',
  'Notification.read',
  'Ticket.unreadCount',
  // support: a user limited to some accounts also sees the tickets they wrote; the queue filters "assigned to me"
  'Query.ticket',
  'Company.tickets',
  'Query.ticketQueue',
  // accounts: a user limited to some accounts sees only the bulk operations they started
  'Query.bulkOperation',
  'Company.bulkOperations',
]);

/**
 * Personal fields that are not personal when only these of their fields are read: `me { company { … } }` is
 * the company the access names, the same for everyone sharing it (what is below is checked on its own).
 */
export const SHARED_WHEN_ONLY: Record<string, readonly string[]> = {
  'Query.me': ['company', '__typename'],
};
