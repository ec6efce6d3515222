import { COMPANY_APPROVED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { regionOf } from '../data/regions';

/** Keeps each approved company's home region, whose prices the company sees when signed in. */
export const companyRegions = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'identity',
    name: 'catalog.company-regions',
    types: [COMPANY_APPROVED],
    log,
    async handle(event, tx) {
      const company = parseEvent(COMPANY_APPROVED, event.payload);
      await tx.query(
        `INSERT INTO company_regions (company_id, region) VALUES ($1, $2)
         ON CONFLICT (company_id) DO UPDATE SET region = EXCLUDED.region`,
        [company.companyId, regionOf(company.region, company.locality, company.legalAddress)],
      );
    },
  });
