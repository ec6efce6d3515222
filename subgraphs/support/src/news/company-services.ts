import { parseEvent, SERVICE_ACTIVATED, SERVICE_TERMINATED } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** Support's copy of which services of which kind, in which region, each company has: whom news concerns. */
export const companyServices = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'catalog',
    name: 'support.company-services',
    types: [SERVICE_ACTIVATED, SERVICE_TERMINATED],
    log,
    async handle(event, tx) {
      if (event.type === SERVICE_TERMINATED) {
        const ended = parseEvent(SERVICE_TERMINATED, event.payload);
        await tx.query('DELETE FROM company_services WHERE service_id = $1', [ended.serviceId]);
        return;
      }
      const service = parseEvent(SERVICE_ACTIVATED, event.payload);
      await tx.query(
        `INSERT INTO company_services (service_id, company_id, account_id, kind, region) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (service_id) DO UPDATE SET kind = EXCLUDED.kind, region = EXCLUDED.region`,
        [
          service.serviceId,
          service.companyId,
          service.accountId,
          service.serviceKind,
          service.region ?? null,
        ],
      );
    },
  });
