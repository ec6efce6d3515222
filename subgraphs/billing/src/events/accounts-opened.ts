import { ACCOUNT_TREE_EVENTS, type Logger, type PersonalAccountOpened, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** Adds a personal account accounts opened to billing's own record of accounts, so it can be posted to. */
export const openedAccounts = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'accounts',
    name: 'billing.opened-accounts',
    types: [ACCOUNT_TREE_EVENTS.accountOpened],
    log,
    async handle(event, tx) {
      const { accountId, companyId, currency } = event.payload as unknown as PersonalAccountOpened;
      await tx.query(
        'INSERT INTO billing_accounts (account_id, company_id, currency) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING',
        [accountId, companyId, currency],
      );
    },
  }),
];
