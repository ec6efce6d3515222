import { z } from 'zod';
import { instant, uuid } from './fields';

/** Catalog, for every move of an order along its TMF622 workflow. */
export const ORDER_STATUS_CHANGED = 'OrderStatusChanged';

/** Product order states after TMF622, with the cabinet's feasibility, scheduling and confirmation steps. */
export const ORDER_STATUSES = [
  'ACKNOWLEDGED',
  'FEASIBILITY_CHECK',
  'REJECTED',
  'SCHEDULING',
  'IN_PROGRESS',
  'AWAITING_CONFIRMATION',
  'COMPLETED',
  'CANCELLED',
] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const orderStatusChanged = z.looseObject({
  orderId: uuid,
  accountId: uuid,
  previousStatus: z.enum(ORDER_STATUSES),
  status: z.enum(ORDER_STATUSES),
  reason: z.string().nullable(),
  changedAt: instant,
});
export type OrderStatusChangedPayload = z.infer<typeof orderStatusChanged>;

/** Catalog, when a customer places an order (ACKNOWLEDGED; its moves follow as OrderStatusChanged). */
export const ORDER_PLACED = 'OrderPlaced';

export const orderPlaced = z.looseObject({
  orderId: uuid,
  accountId: uuid,
  companyId: uuid,
  placedAt: instant,
});
export type OrderPlacedPayload = z.infer<typeof orderPlaced>;
