import { COMPANY_ROLES, parseEvent, STAFF_ROLES, TICKET_UPDATED } from '@kabinet/contracts';
import {
  decodeCursor,
  isUuid,
  notFound,
  type OutboxEvent,
  pageSize,
  type Role,
  requireRole,
  requireViewer,
  toConnection,
  type Viewer,
  visibleCompany,
  watchCompany,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type {
  CompanyTicketsArgs,
  MutationAddTicketMessageArgs,
  MutationAssignTicketArgs,
  MutationCancelTicketArgs,
  MutationChangeTicketStatusArgs,
  MutationCloseTicketArgs,
  MutationCreateTicketArgs,
  MutationMarkTicketReadArgs,
  MutationReopenTicketArgs,
  QueryTicketArgs,
  QueryTicketQueueArgs,
  SubscriptionTicketUpdatedArgs,
  TicketMessagesArgs,
} from '../generated/schema';
import type { Support } from '../runtime';
import { createTicket } from '../tickets/create';
import { lockTicket } from '../tickets/lock';
import { addTicketMessage, markRead, type TicketMessageRecord } from '../tickets/messages';
import { assignTicket, cancelTicket, changeTicketStatus, closeTicket, reopenTicket } from '../tickets/moves';
import { ticketQueue } from '../tickets/queue';
import type { TicketRecord } from '../tickets/records';
import type { Context } from './context';

/** The operator's people who answer tickets. */
const TICKET_STAFF = STAFF_ROLES;
const EVERYONE = [...COMPANY_ROLES, ...STAFF_ROLES];

async function visibleTicket(ctx: Context, id: string): Promise<TicketRecord> {
  requireViewer(ctx.viewer);
  const ticket = isUuid(id) ? await ctx.loaders.ticket.load(id) : null;
  if (!ticket) throw notFound('Ticket');
  return ticket;
}

/** Customers' tickets and the operator's back office of them. */
export const ticketResolvers = (support: Support) => {
  /** Runs a change of a ticket in one transaction, archived under its company, and answers with the ticket. */
  const change = async (
    ctx: Context,
    roles: readonly Role[],
    work: (tx: EntityManager, viewer: Viewer, now: Date) => Promise<TicketRecord>,
  ) => {
    const viewer = requireRole(ctx.viewer, roles);
    const ticket = await ctx.db.transaction((tx) => work(tx, viewer, support.clock.now()));
    ctx.audit.companyId = ticket.companyId;
    ctx.loaders.ticket.clear(ticket.id);
    return { ticket: await visibleTicket(ctx, ticket.id) };
  };

  return {
    Query: {
      ticket: (_: unknown, { id }: QueryTicketArgs, ctx: Context) => visibleTicket(ctx, id),
      async ticketQueue(_: unknown, args: QueryTicketQueueArgs, ctx: Context) {
        const viewer = requireRole(ctx.viewer, TICKET_STAFF);
        return ticketQueue(ctx.db, viewer, args, support.clock.now());
      },
    },
    Mutation: {
      createTicket: (_: unknown, { input }: MutationCreateTicketArgs, ctx: Context) =>
        change(ctx, EVERYONE, (tx, viewer, now) => createTicket(tx, viewer, input, now)),
      async addTicketMessage(_: unknown, { input }: MutationAddTicketMessageArgs, ctx: Context) {
        let message: TicketMessageRecord | undefined;
        const { ticket } = await change(ctx, EVERYONE, async (tx, viewer, now) => {
          const added = await addTicketMessage(tx, viewer, input, now);
          message = added.message;
          return added.ticket;
        });
        return { ticket, message };
      },
      markTicketRead: (_: unknown, { input }: MutationMarkTicketReadArgs, ctx: Context) =>
        change(ctx, EVERYONE, async (tx, viewer, now) => {
          const ticket = await lockTicket(tx, viewer, input.ticketId);
          await markRead(tx, ticket.id, viewer, now);
          return ticket;
        }),
      cancelTicket: (_: unknown, { input }: MutationCancelTicketArgs, ctx: Context) =>
        change(ctx, COMPANY_ROLES, (tx, viewer, now) => cancelTicket(tx, viewer, input.ticketId, now)),
      reopenTicket: (_: unknown, { input }: MutationReopenTicketArgs, ctx: Context) =>
        change(ctx, COMPANY_ROLES, (tx, viewer, now) => reopenTicket(tx, viewer, input, now)),
      closeTicket: (_: unknown, { input }: MutationCloseTicketArgs, ctx: Context) =>
        change(ctx, COMPANY_ROLES, (tx, viewer, now) => closeTicket(tx, viewer, input, now)),
      assignTicket: (_: unknown, { input }: MutationAssignTicketArgs, ctx: Context) =>
        change(ctx, TICKET_STAFF, (tx, viewer, now) => assignTicket(tx, viewer, input, now)),
      changeTicketStatus: (_: unknown, { input }: MutationChangeTicketStatusArgs, ctx: Context) =>
        change(ctx, TICKET_STAFF, (tx, viewer, now) => changeTicketStatus(tx, viewer, input, now)),
    },
    Subscription: {
      ticketUpdated: {
        async subscribe(_: unknown, args: SubscriptionTicketUpdatedArgs, ctx: Context) {
          const ticket = args.ticketId ? await visibleTicket(ctx, args.ticketId) : null;
          return watchCompany({
            viewer: ctx.viewer,
            db: ctx.db,
            events: ctx.events,
            type: TICKET_UPDATED,
            companyId: args.companyId,
            companiesOfNamed: ticket ? [ticket.companyId] : [],
            accountsOfNamed: ticket?.accountId ? [ticket.accountId] : [],
            after: args.after,
            // As the list: a limited user's own tickets too, whatever they are about.
            beyondAccounts: (event) =>
              parseEvent(TICKET_UPDATED, event.payload).authorId === ctx.viewer?.userId,
            accept: (event) => !ticket || parseEvent(TICKET_UPDATED, event.payload).ticketId === ticket.id,
          });
        },
        resolve(event: OutboxEvent) {
          const update = parseEvent(TICKET_UPDATED, event.payload);
          return { ...update, sequence: event.seq };
        },
      },
    },
    TicketUpdate: {
      ticket: (update: { ticketId: string }, _args: unknown, ctx: Context) =>
        visibleTicket(ctx, update.ticketId),
    },
    Company: {
      async tickets(company: { id: string }, args: CompanyTicketsArgs, ctx: Context) {
        visibleCompany(company, ctx.viewer);
        const limit = pageSize(args.first);
        const after = decodeCursor(args.after, ['timestamp', 'uuid']) as [string, string] | null;
        const filter = {
          status: args.filter?.status?.length ? args.filter.status : null,
          category: args.filter?.category ?? null,
          accountId: args.filter?.accountId && isUuid(args.filter.accountId) ? args.filter.accountId : null,
        };
        if (args.filter?.accountId && !filter.accountId) return toConnection([], limit, () => []);
        const rows = await ctx.loaders.ticketPage.load({
          companyId: company.id,
          limit: limit + 1,
          filter,
          after,
        });
        return toConnection(rows, limit, (t) => [t.createdAt.toISOString(), t.id]);
      },
    },
    Ticket: {
      __resolveReference: (ref: { id: string }, ctx: Context) => visibleTicket(ctx, ref.id),
      company: (ticket: TicketRecord) => ({ __typename: 'Company', id: ticket.companyId }),
      account: (ticket: TicketRecord) => (ticket.accountId ? { id: ticket.accountId } : null),
      service: (ticket: TicketRecord) => (ticket.serviceId ? { id: ticket.serviceId } : null),
      order: (ticket: TicketRecord) => (ticket.orderId ? { id: ticket.orderId } : null),
      attachments: (ticket: TicketRecord, _args: unknown, ctx: Context) =>
        ctx.loaders.attachments.load(ticket.id),
      assignee: (ticket: TicketRecord) => (ticket.assigneeId ? { id: ticket.assigneeId } : null),
      overdue: (ticket: TicketRecord) =>
        ['ACKNOWLEDGED', 'IN_PROGRESS'].includes(ticket.status) &&
        ticket.responseDueAt !== null &&
        ticket.responseDueAt < support.clock.now(),
      unreadCount: (ticket: TicketRecord, _args: unknown, ctx: Context) => ctx.loaders.unread.load(ticket.id),
      async messages(ticket: TicketRecord, args: TicketMessagesArgs, ctx: Context) {
        const limit = pageSize(args.first, 50);
        const [after] = decodeCursor(args.after, ['bigint']) ?? [null];
        const rows = await ctx.loaders.messagePage.load({ ticketId: ticket.id, limit: limit + 1, after });
        return toConnection(rows, limit, (m) => [m.seq]);
      },
    },
    TicketMessage: {
      author: (message: TicketMessageRecord) => ({ id: message.authorId }),
      attachments: (message: TicketMessageRecord, _args: unknown, ctx: Context) =>
        ctx.loaders.attachments.load(message.id),
    },
  };
};
