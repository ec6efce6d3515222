import { Option } from './option';
import { ORDER_STATUSES, Order, type OrderStatus } from './order';
import { SERVICE_STATUSES, Service, type ServiceStatus } from './service';
import {
  type IncludedVolume,
  type Lifecycle,
  REGIONS,
  type Region,
  SERVICE_KINDS,
  type ServiceKind,
  type StoragePricing,
  Tariff,
} from './tariff';

export {
  type IncludedVolume,
  type Lifecycle,
  Option,
  ORDER_STATUSES,
  Order,
  type OrderStatus,
  REGIONS,
  type Region,
  SERVICE_KINDS,
  SERVICE_STATUSES,
  Service,
  type ServiceKind,
  type ServiceStatus,
  type StoragePricing,
  Tariff,
};
export const entities = [Tariff, Option, Service, Order];
