import { COMPANY_ROLES, requireRole, STAFF_ROLES } from '@kabinet/kit';
import type { MutationChooseTicketVisitSlotArgs } from '../generated/schema';
import type { Catalog } from '../runtime';
import { bookCallVisit, callSlots } from '../technician-calls/calls';
import type { Context } from './context';

/** Technician calls book windows of the crews' calendar, the one slot service orders use. */
export const technicianCallResolvers = (catalog: Catalog) => ({
  Mutation: {
    async chooseTicketVisitSlot(_: unknown, { input }: MutationChooseTicketVisitSlotArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, [...COMPANY_ROLES, ...STAFF_ROLES]);
      const { call, visit } = await ctx.db.transaction((tx) =>
        bookCallVisit(tx, viewer, input, catalog.clock.now()),
      );
      ctx.audit.companyId = call.companyId;
      return { ticket: { id: call.ticketId }, visit };
    },
  },
  Ticket: {
    // Any ticket support shows may be asked about; only technician calls have windows.
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    async availableVisitSlots(ticket: { id: string }, _args: unknown, ctx: Context) {
      const call = await ctx.loaders.technicianCall.load(ticket.id);
      return call ? callSlots(ctx.db, call, catalog.clock.now()) : [];
    },
    visit: (ticket: { id: string }, _args: unknown, ctx: Context) => ctx.loaders.ticketVisit.load(ticket.id),
  },
});
