import { Service, type ServiceStatus } from './service';
import { type ServiceKind, Tariff } from './tariff';

export { Service, type ServiceKind, type ServiceStatus, Tariff };
export const entities = [Tariff, Service];
