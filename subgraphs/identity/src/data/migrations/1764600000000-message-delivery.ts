import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Delivery state of outgoing messages, for the relay to an SMS/e-mail provider. */
export class MessageDelivery1764600000000 implements MigrationInterface {
  name = 'MessageDelivery1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE outgoing_messages
        ADD COLUMN delivered_at timestamptz,
        ADD COLUMN attempts int NOT NULL DEFAULT 0,
        ADD COLUMN next_attempt_at timestamptz NOT NULL DEFAULT now(),
        ADD COLUMN last_error text`);
    await db.query(
      'CREATE INDEX outgoing_messages_undelivered ON outgoing_messages (next_attempt_at) WHERE delivered_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(
      'ALTER TABLE outgoing_messages DROP COLUMN delivered_at, DROP COLUMN attempts, DROP COLUMN next_attempt_at, DROP COLUMN last_error',
    );
  }
}
