import { BALANCE_CHANGED, parseEvent, SERVICE_ACTIVATED, SERVICE_TERMINATED } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/**
 * What the account list sorts and filters by, kept from the owners' events: each account's balance (billing's
 * BalanceChanged, the balance after each entry, in commit order) and how many services of each kind it has
 * (catalog's lifecycle: the services not terminated, with their kind). Each event is applied once, in order.
 */
export const accountListProjections = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'billing',
    name: 'accounts.balances',
    types: [BALANCE_CHANGED],
    log,
    async handle(event, tx) {
      const { accountId, balanceMinor } = parseEvent(BALANCE_CHANGED, event.payload);
      await tx.query(
        `INSERT INTO account_balances (account_id, balance_minor)
         SELECT id, $2 FROM personal_accounts WHERE id = $1
         ON CONFLICT (account_id) DO UPDATE SET balance_minor = EXCLUDED.balance_minor`,
        [accountId, balanceMinor],
      );
    },
  }),
  startConsumer({
    db,
    source: 'catalog',
    name: 'accounts.services',
    types: [SERVICE_ACTIVATED, SERVICE_TERMINATED],
    log,
    async handle(event, tx) {
      if (event.type === SERVICE_TERMINATED) {
        const { serviceId } = parseEvent(SERVICE_TERMINATED, event.payload);
        await tx.query('DELETE FROM account_services WHERE service_id = $1', [serviceId]);
        return;
      }
      const { serviceId, accountId, serviceKind } = parseEvent(SERVICE_ACTIVATED, event.payload);
      await tx.query(
        `INSERT INTO account_services (service_id, account_id, kind)
         SELECT $1, id, $3 FROM personal_accounts WHERE id = $2 ON CONFLICT DO NOTHING`,
        [serviceId, accountId, serviceKind],
      );
    },
  }),
];
