import {
  parseEvent,
  SERVICE_ACTIVATED,
  SERVICE_RESUMED,
  SERVICE_SUSPENDED,
  SERVICE_TARIFF_CHANGED,
  SERVICE_TERMINATED,
} from '@kabinet/contracts';
import { type Logger, type OutboxEvent, startConsumer } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { closeTerm, openTerm, servicesActivated, tariffChanged } from '../billing-run/services';

/** How each lifecycle event changes what billing bills. */
const APPLY: Record<string, (tx: EntityManager, event: OutboxEvent) => Promise<void>> = {
  [SERVICE_ACTIVATED]: (tx, event) => {
    const e = parseEvent(SERVICE_ACTIVATED, event.payload);
    return servicesActivated(tx, [{ ...e, at: new Date(e.at) }]);
  },
  [SERVICE_TARIFF_CHANGED]: (tx, event) => {
    const e = parseEvent(SERVICE_TARIFF_CHANGED, event.payload);
    return tariffChanged(tx, { ...e, at: new Date(e.at) });
  },
  [SERVICE_SUSPENDED]: (tx, event) => {
    const e = parseEvent(SERVICE_SUSPENDED, event.payload);
    return closeTerm(tx, e.serviceId, new Date(e.at));
  },
  [SERVICE_RESUMED]: (tx, event) => {
    const e = parseEvent(SERVICE_RESUMED, event.payload);
    return openTerm(tx, e.serviceId, new Date(e.at));
  },
  [SERVICE_TERMINATED]: (tx, event) => {
    const e = parseEvent(SERVICE_TERMINATED, event.payload);
    return closeTerm(tx, e.serviceId, new Date(e.at));
  },
};

/** Keeps billing's record of billed services from catalog's service lifecycle, in the order catalog published it. */
export const serviceLifecycle = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'catalog',
    name: 'billing.service-lifecycle',
    types: Object.keys(APPLY),
    log,
    handle: (event, tx) => APPLY[event.type](tx, event),
  }),
];
