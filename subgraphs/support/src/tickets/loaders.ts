import { alignMany, alignOne, isStaff, pagesLoader, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { MESSAGE_COLUMNS, type TicketMessageRecord } from './messages';
import { TICKET_COLUMNS, type TicketRecord, visibleTicketSql } from './records';

/** A page of a company's tickets, newest first. */
export interface TicketPageKey {
  companyId: string;
  limit: number;
  filter: { status: string[] | null; category: string | null; accountId: string | null };
  after: [string, string] | null;
}

/** A page of a ticket's conversation, oldest first. */
export interface MessagePageKey {
  ticketId: string;
  limit: number;
  after: string | null;
}

/** Per-request loaders of tickets, every one limited to the tickets the caller may see. */
export function ticketLoaders(db: DataSource, viewer: Viewer | null) {
  const visible = (next: number) => (viewer ? visibleTicketSql(viewer, next) : { sql: 'FALSE', params: [] });
  // Customers never see staff's internal notes.
  const notes = viewer && isStaff(viewer) ? 'TRUE' : 'NOT m.internal';
  return {
    ticket: new DataLoader<string, TicketRecord | null>(async (ids) => {
      const scope = visible(2);
      const rows: TicketRecord[] = await db.query(
        `SELECT ${TICKET_COLUMNS} FROM tickets t WHERE t.id = ANY($1::uuid[]) AND ${scope.sql}`,
        [ids, ...scope.params],
      );
      return alignOne(ids, rows, (row) => row.id);
    }),

    /** Pages of several companies' tickets: one statement per kind of page (a window per company). */
    ticketPage: pagesLoader<TicketPageKey, TicketRecord>({
      ownerOf: (k) => k.companyId,
      windowOf: (k) => [k.limit, k.filter, k.after],
      ownerOfRow: (row) => row.companyId,
      fetch: (companyIds, { limit, filter, after }) => {
        const scope = visible(8);
        return db.query(
          `SELECT * FROM (
             SELECT ${TICKET_COLUMNS}, row_number() OVER (PARTITION BY t.company_id ORDER BY t.created_at DESC, t.id DESC) AS rank
             FROM tickets t
             WHERE t.company_id = ANY($1::uuid[]) AND ($2::text[] IS NULL OR t.status = ANY($2))
               AND ($3::text IS NULL OR t.category = $3) AND ($4::uuid IS NULL OR t.account_id = $4)
               AND ($5::timestamptz IS NULL OR (t.created_at, t.id) < ($5::timestamptz, $6::uuid))
               AND ${scope.sql}
           ) ranked WHERE rank <= $7 ORDER BY "companyId", rank`,
          [
            companyIds,
            filter.status,
            filter.category,
            filter.accountId,
            after?.[0] ?? null,
            after?.[1] ?? null,
            limit,
            ...scope.params,
          ],
        );
      },
    }),

    /** Pages of several tickets' conversations (tickets already shown to the caller). */
    messagePage: pagesLoader<MessagePageKey, TicketMessageRecord>({
      ownerOf: (k) => k.ticketId,
      windowOf: (k) => [k.limit, k.after],
      ownerOfRow: (row) => row.ticketId,
      fetch: (ids, { limit, after }) =>
        db.query(
          `SELECT * FROM (
             SELECT ${MESSAGE_COLUMNS}, row_number() OVER (PARTITION BY m.ticket_id ORDER BY m.seq) AS rank
             FROM ticket_messages m
             WHERE m.ticket_id = ANY($1::uuid[]) AND ${notes} AND ($2::bigint IS NULL OR m.seq > $2::bigint)
           ) ranked WHERE rank <= $3 ORDER BY "ticketId", rank`,
          [ids, after, limit],
        ),
    }),

    /** Files of each ticket's first message (by ticket id) or of each message (by message id), in order. */
    attachments: new DataLoader<string, { __typename: 'Attachment'; id: string }[]>(async (ids) => {
      const rows: { id: string; owner: string }[] = await db.query(
        `SELECT id, coalesce(message_id, ticket_id) AS owner FROM ticket_attachments
         WHERE message_id = ANY($1::uuid[]) OR (ticket_id = ANY($1::uuid[]) AND message_id IS NULL)
         ORDER BY position`,
        [ids],
      );
      return alignMany(ids, rows, (row) => row.owner).map((files) =>
        files.map((file) => ({ __typename: 'Attachment' as const, id: file.id })),
      );
    }),

    /** How many messages from the other side the caller has not read, per ticket. */
    unread: new DataLoader<string, number>(async (ids) => {
      if (!viewer) return ids.map(() => 0);
      const rows: { ticketId: string; count: number }[] = await db.query(
        `SELECT m.ticket_id AS "ticketId", count(*)::int AS count FROM ticket_messages m
         LEFT JOIN ticket_reads r ON r.ticket_id = m.ticket_id AND r.user_id = $2
         WHERE m.ticket_id = ANY($1::uuid[]) AND m.by_staff <> $3 AND NOT m.internal
           AND m.created_at > coalesce(r.read_at, '-infinity')
         GROUP BY 1`,
        [ids, viewer.userId, isStaff(viewer)],
      );
      return alignOne(ids, rows, (row) => row.ticketId).map((row) => row?.count ?? 0);
    }),
  };
}
