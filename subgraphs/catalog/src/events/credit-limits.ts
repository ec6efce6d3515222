import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { resumeAccountServices, suspendAccountServices } from '../services/lifecycle';

/** The reason the catalog records on services it suspends because the account went over its credit limit. */
export const CREDIT_LIMIT_SUSPENSION = 'CREDIT_LIMIT';

/**
 * Follows billing's credit-limit crossings: CreditLimitExceeded suspends the account's ACTIVE services,
 * CreditRestored resumes those suspended for that reason (and no others). Events are handled in the order
 * billing committed them, exactly once, whenever the catalog is up to read them.
 */
export const creditLimitSuspensions = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'billing',
    name: 'catalog.credit-limit-suspensions',
    types: [CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED],
    log,
    async handle(event, tx) {
      // Services stop and start being billed from the moment billing saw the limit crossed, not when we read it.
      if (event.type === CREDIT_LIMIT_EXCEEDED) {
        const { accountId, occurredAt } = parseEvent(CREDIT_LIMIT_EXCEEDED, event.payload);
        await tx.query(
          'INSERT INTO accounts_over_credit_limit (account_id) VALUES ($1) ON CONFLICT DO NOTHING',
          [accountId],
        );
        await suspendAccountServices(tx, accountId, CREDIT_LIMIT_SUSPENSION, new Date(occurredAt));
      } else {
        const { accountId, occurredAt } = parseEvent(CREDIT_RESTORED, event.payload);
        await tx.query('DELETE FROM accounts_over_credit_limit WHERE account_id = $1', [accountId]);
        await resumeAccountServices(tx, accountId, CREDIT_LIMIT_SUSPENSION, new Date(occurredAt));
      }
    },
  }),
];
