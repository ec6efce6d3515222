import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Why a service is suspended, when the catalog suspended it itself: `CREDIT_LIMIT` for billing's
 * CreditLimitExceeded. Resuming on CreditRestored touches only services suspended for that reason, so a
 * service suspended otherwise (at the customer's request, by staff) stays suspended.
 */
export class SuspensionReason1765350000000 implements MigrationInterface {
  name = 'SuspensionReason1765350000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE services ADD COLUMN suspended_for text');
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE services DROP COLUMN suspended_for');
  }
}
