import type { OrderStatus } from '../data/entities';

/** Which status may follow which (TMF622): terminal states have none. */
export const NEXT: Record<OrderStatus, readonly OrderStatus[]> = {
  ACKNOWLEDGED: ['IN_PROGRESS', 'CANCELLED'],
  IN_PROGRESS: ['PENDING', 'HELD', 'COMPLETED', 'FAILED', 'CANCELLED'],
  PENDING: ['IN_PROGRESS', 'CANCELLED'],
  HELD: ['IN_PROGRESS', 'CANCELLED'],
  COMPLETED: [],
  FAILED: [],
  CANCELLED: [],
};

export const canMove = (from: OrderStatus, to: OrderStatus) => NEXT[from].includes(to);
