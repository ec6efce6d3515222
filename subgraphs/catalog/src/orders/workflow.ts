import type { OrderStatus } from '../data/entities';

/** Who moves an order: the customer in the cabinet, operator staff in the back office, or the system itself. */
export type ActorKind = 'CUSTOMER' | 'STAFF' | 'SYSTEM';

/**
 * Which status may follow which, and who may make each move (TMF622 with the cabinet's steps): staff check
 * feasibility, accept or reject, start and finish the work; the customer books a visit, confirms the work or
 * returns it, and may cancel until work starts; the system confirms work left unconfirmed for 3 days.
 */
export const MOVES: Record<OrderStatus, Partial<Record<OrderStatus, readonly ActorKind[]>>> = {
  ACKNOWLEDGED: { FEASIBILITY_CHECK: ['STAFF'], CANCELLED: ['CUSTOMER', 'STAFF'] },
  FEASIBILITY_CHECK: { REJECTED: ['STAFF'], SCHEDULING: ['STAFF'], CANCELLED: ['CUSTOMER', 'STAFF'] },
  SCHEDULING: { IN_PROGRESS: ['STAFF'], CANCELLED: ['CUSTOMER', 'STAFF'] },
  IN_PROGRESS: { AWAITING_CONFIRMATION: ['STAFF'] },
  AWAITING_CONFIRMATION: { COMPLETED: ['CUSTOMER', 'SYSTEM'], IN_PROGRESS: ['CUSTOMER'] },
  REJECTED: {},
  COMPLETED: {},
  CANCELLED: {},
};

/** The staff steps of `advanceOrder`, each the status it moves to. */
export const STAFF_STEPS = {
  START_FEASIBILITY_CHECK: 'FEASIBILITY_CHECK',
  REJECT: 'REJECTED',
  ACCEPT: 'SCHEDULING',
  START_WORK: 'IN_PROGRESS',
  FINISH_WORK: 'AWAITING_CONFIRMATION',
  CANCEL: 'CANCELLED',
} as const satisfies Record<string, OrderStatus>;
export type StaffStep = keyof typeof STAFF_STEPS;

/** Days an order waits for the customer's confirmation before it completes by itself. */
export const CONFIRMATION_DAYS = 3;

export const canMove = (from: OrderStatus, to: OrderStatus, actor: ActorKind) =>
  MOVES[from][to]?.includes(actor) ?? false;

/** The moves `actor` may make from `from`, for the error that refuses another. */
export const movesFrom = (from: OrderStatus, actor: ActorKind) =>
  (Object.entries(MOVES[from]) as [OrderStatus, readonly ActorKind[]][])
    .filter(([, actors]) => actors.includes(actor))
    .map(([to]) => to);
