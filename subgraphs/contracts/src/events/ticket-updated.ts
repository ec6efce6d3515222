import { z } from 'zod';
import { instant, uuid } from './fields';

/** Support, for every change of a ticket a customer can see: live `ticketUpdated`, and notifications later. */
export const TICKET_UPDATED = 'TicketUpdated';

/** Appeal states after TMF621, with the cabinet's waiting-for-the-customer step. */
export const TICKET_STATUSES = [
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'PENDING',
  'RESOLVED',
  'CLOSED',
  'REJECTED',
  'CANCELLED',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

/** What happened: the ticket opened, a message the customer may read, a move, a new assignee. */
export const TICKET_CHANGES = ['CREATED', 'MESSAGE', 'STATUS', 'ASSIGNED'] as const;

export const ticketUpdated = z.looseObject({
  ticketId: uuid,
  companyId: uuid,
  /** The personal account the ticket is about; null for one about the company. */
  accountId: uuid.nullable(),
  /** The connected service it is about, if any (absent in older events). */
  serviceId: uuid.nullable().optional(),
  /** Who wrote it (absent in events older than this field). */
  authorId: uuid.optional(),
  /** What it is about, e.g. TECHNICIAN_VISIT (absent in older events). */
  category: z.string().optional(),
  change: z.enum(TICKET_CHANGES),
  status: z.enum(TICKET_STATUSES),
  /** Who made the change, and from which side. */
  actorId: uuid.nullable(),
  byStaff: z.boolean(),
  at: instant,
});
export type TicketUpdatedPayload = z.infer<typeof ticketUpdated>;

/**
 * Catalog, when a technician visit is booked for a technician call (a TECHNICIAN_VISIT ticket) in the one slot
 * service orders use: support tells the conversation.
 */
export const TECHNICIAN_VISIT_BOOKED = 'TechnicianVisitBooked';

export const technicianVisitBooked = z.looseObject({
  ticketId: uuid,
  companyId: uuid,
  startsAt: instant,
  endsAt: instant,
  /** Who booked it (the customer, or staff on the phone). */
  bookedBy: uuid,
  byStaff: z.boolean(),
});
export type TechnicianVisitBookedPayload = z.infer<typeof technicianVisitBooked>;
