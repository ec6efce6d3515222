import { COMPANY_APPROVED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { saveRequisites } from '../documents/requisites';

/** Keeps billing's copy of each approved company's requisites, which its documents print. */
export const approvedCompanies = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'identity',
    name: 'billing.approved-companies',
    types: [COMPANY_APPROVED],
    log,
    async handle(event, tx) {
      const company = parseEvent(COMPANY_APPROVED, event.payload);
      await saveRequisites(tx, [company]);
    },
  }),
];
