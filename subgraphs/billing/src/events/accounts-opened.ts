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
      const { accountId, companyId, currency, number } = parseEvent(PERSONAL_ACCOUNT_OPENED, event.payload);
      // The number is what documents print; an account already known keeps its balance and learns it.
      await tx.query(
        `INSERT INTO billing_accounts (account_id, company_id, currency, number) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id) DO UPDATE SET number = EXCLUDED.number`,
        [accountId, companyId, currency, number],
      );
    },
  }),
];
