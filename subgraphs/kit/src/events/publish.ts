import type { EntityManager } from 'typeorm';
import { channelOf, type EventRow, fromRow, type OutboxEvent } from './event';

export interface NewEvent {
  stream: string;
  type: string;
  companyId: string | null;
  payload: Record<string, unknown>;
}

/**
 * Appends an event to the outbox inside the caller's transaction, with the next sequence number of its
 * stream, and queues a NOTIFY that PostgreSQL delivers only if and when the transaction commits. One
 * statement. Payloads too large for NOTIFY (8 kB) are announced by id and read back by listeners.
 */
export async function publish(tx: EntityManager, event: NewEvent): Promise<OutboxEvent> {
  const schema = (tx.connection.options as { schema: string }).schema;
  const [row] = await tx.query(
    `WITH next AS (
       INSERT INTO outbox_streams (stream, last_seq) VALUES ($1, 1)
       ON CONFLICT (stream) DO UPDATE SET last_seq = outbox_streams.last_seq + 1
       RETURNING last_seq
     ), event AS (
       INSERT INTO outbox (stream, seq, type, company_id, payload)
       SELECT $1, last_seq, $2, $3, $4 FROM next
       RETURNING *
     )
     SELECT event.*, pg_notify($5, CASE WHEN octet_length(row_to_json(event)::text) < 7900
       THEN row_to_json(event)::text ELSE json_build_object('id', event.id)::text END)
     FROM event`,
    [event.stream, event.type, event.companyId, event.payload, channelOf(schema)],
  );
  return fromRow(row as EventRow);
}
