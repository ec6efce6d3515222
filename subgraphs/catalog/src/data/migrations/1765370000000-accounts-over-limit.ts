import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The accounts billing said are over their credit limit (CreditLimitExceeded, until CreditRestored): a frozen
 * service whose freeze ends meanwhile stays suspended for the debt instead of working again.
 */
export class AccountsOverLimit1765370000000 implements MigrationInterface {
  name = 'AccountsOverLimit1765370000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('CREATE TABLE accounts_over_credit_limit (account_id uuid PRIMARY KEY)');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE accounts_over_credit_limit');
  }
}
