import { COMPANY_APPROVED, PERSONAL_ACCOUNT_OPENED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { publishTreeChanges } from '../tree/publish-tree-change';

/**
 * Opens the company and its personal accounts when identity approves a connection application. A company
 * whose INN/KPP or an account number is already registered is left as it is (and logged), so one bad event
 * never stops the consumer.
 */
export const companyApprovals = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'identity',
    name: 'accounts.company-approvals',
    types: [COMPANY_APPROVED],
    log,
    async handle(event, tx) {
      const approved = parseEvent(COMPANY_APPROVED, event.payload);
      const created = await tx.query(
        `INSERT INTO companies (id, name, inn, kpp, legal_address) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT DO NOTHING RETURNING id`,
        [approved.companyId, approved.name, approved.inn, approved.kpp, approved.legalAddress],
      );
      if (created.length === 0) {
        log.warn(
          { companyId: approved.companyId, inn: approved.inn },
          'approved company already registered; skipped',
        );
        return;
      }
      await tx.query('UPDATE companies SET manager_id = $2, postal_address = legal_address WHERE id = $1', [
        approved.companyId,
        approved.managerId,
      ]);
      await tx.query(
        `INSERT INTO contracts (id, company_id, number, signed_on, type, status)
         VALUES (gen_random_uuid(), $1, $2, ($3::timestamptz AT TIME ZONE 'Europe/Moscow')::date, 'SERVICES', 'ACTIVE')
         ON CONFLICT DO NOTHING`,
        [approved.companyId, approved.contractNumber, event.createdAt],
      );
      const opened: { id: string; number: string }[] = await tx.query(
        `INSERT INTO personal_accounts (id, company_id, number, name, status, opened_at)
         SELECT gen_random_uuid(), $1, n, 'Лицевой счёт ' || n, 'ACTIVE', now() FROM unnest($2::text[]) AS n
         ON CONFLICT DO NOTHING RETURNING id, number`,
        [approved.companyId, approved.accountNumbers],
      );
      // Billing and catalog keep their projections (and copies of the tree) from these.
      await publishTreeChanges(
        tx,
        opened.map((account) => ({
          type: PERSONAL_ACCOUNT_OPENED,
          payload: {
            accountId: account.id,
            number: account.number,
            companyId: approved.companyId,
            currency: 'RUB',
            groups: [],
          },
        })),
      );
    },
  }),
];
