import { ORDER_STATUSES, Order, type OrderStatus } from './order';
import { Service, type ServiceStatus } from './service';
import { type ServiceKind, Tariff } from './tariff';

export { ORDER_STATUSES, Order, type OrderStatus, Service, type ServiceKind, type ServiceStatus, Tariff };
export const entities = [Tariff, Service, Order];
