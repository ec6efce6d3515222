import { CREDIT_LIMIT_EXCEEDED, CREDIT_RESTORED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

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
      if (event.type === CREDIT_LIMIT_EXCEEDED) {
        const { accountId } = parseEvent(CREDIT_LIMIT_EXCEEDED, event.payload);
        await tx.query(
          `UPDATE services SET status = 'SUSPENDED', suspended_for = $2
           WHERE account_id = $1 AND status = 'ACTIVE'`,
          [accountId, CREDIT_LIMIT_SUSPENSION],
        );
      } else {
        const { accountId } = parseEvent(CREDIT_RESTORED, event.payload);
        await tx.query(
          `UPDATE services SET status = 'ACTIVE', suspended_for = NULL
           WHERE account_id = $1 AND status = 'SUSPENDED' AND suspended_for = $2`,
          [accountId, CREDIT_LIMIT_SUSPENSION],
        );
      }
    },
  }),
];
