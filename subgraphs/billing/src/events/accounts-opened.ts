import { PERSONAL_ACCOUNT_OPENED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** Adds a personal account accounts opened to billing's own record of accounts, so it can be posted to. */
export const openedAccounts = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'accounts',
    name: 'billing.opened-accounts',
    types: [PERSONAL_ACCOUNT_OPENED],
    log,
    async handle(event, tx) {
      const { accountId, companyId, currency } = parseEvent(PERSONAL_ACCOUNT_OPENED, event.payload);
      await tx.query(
        'INSERT INTO billing_accounts (account_id, company_id, currency) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [accountId, companyId, currency],
      );
    },
  }),
];
