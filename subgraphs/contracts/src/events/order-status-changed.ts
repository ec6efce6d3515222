import { z } from 'zod';
import { instant, uuid } from './fields';

/** Catalog, for every move of an order along its TMF622 workflow. */
export const ORDER_STATUS_CHANGED = 'OrderStatusChanged';

/** Product order states after TMF622. */
export const ORDER_STATUSES = [
  'ACKNOWLEDGED',
  'IN_PROGRESS',
  'PENDING',
  'HELD',
  'COMPLETED',
  'FAILED',
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
