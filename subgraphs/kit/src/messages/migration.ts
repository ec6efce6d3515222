import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The message outbox (`sendMessage`, `startMessageRelay`) for a subgraph that sends SMS or e-mail: what was
 * sent and its delivery state. Identity made the same table in two steps of its own before the outbox moved
 * here, so only subgraphs that start sending later register this.
 */
export class CreateOutgoingMessages1765200000001 implements MigrationInterface {
  name = 'CreateOutgoingMessages1765200000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outgoing_messages (
        id bigserial PRIMARY KEY,
        channel text NOT NULL CHECK (channel IN ('SMS', 'EMAIL')),
        recipient text NOT NULL,
        body text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        delivered_at timestamptz,
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text
      )`);
    await db.query(
      'CREATE INDEX outgoing_messages_undelivered ON outgoing_messages (next_attempt_at) WHERE delivered_at IS NULL',
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE outgoing_messages');
  }
}
