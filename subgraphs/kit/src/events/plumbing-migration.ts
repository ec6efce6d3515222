import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The tables every subgraph keeps for its events and its money-safe mutations, in its own schema:
 * - outbox: domain events, written in the same transaction as the change they describe;
 * - outbox_streams: the last sequence number of each stream (a row lock serialises writers per stream);
 * - outbox_positions: how far each durable consumer (of another subgraph's outbox) has read;
 * - idempotency_keys: the first result of each idempotent request.
 */
export class CreateEventPlumbing1764100000000 implements MigrationInterface {
  name = 'CreateEventPlumbing1764100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE outbox (
        id bigserial PRIMARY KEY,
        stream text NOT NULL,
        seq bigint NOT NULL,
        type text NOT NULL,
        company_id uuid,
        payload jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
        -- The writing transaction: consumers read in (txid, id) order and only below the oldest running
        -- transaction, so an event whose transaction commits late is never skipped.
        txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
        UNIQUE (stream, seq)
      )`);
    await db.query('CREATE INDEX outbox_txid ON outbox (txid, id)');
    await db.query('CREATE TABLE outbox_streams (stream text PRIMARY KEY, last_seq bigint NOT NULL)');
    await db.query(`
      CREATE TABLE outbox_positions (
        consumer text PRIMARY KEY,
        txid xid8 NOT NULL DEFAULT '0',
        id bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        request_hash text NOT NULL,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (scope, key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE idempotency_keys, outbox_positions, outbox_streams, outbox');
  }
}
