import type { EntityManager } from 'typeorm';
import { channelOf, type EventRow, fromRow, type OutboxEvent } from './event';

export interface NewEvent {
  stream: string;
  type: string;
  companyId: string | null;
  payload: Record<string, unknown>;
}

/**
 * Appends events to the outbox inside the caller's transaction, each with the next sequence number of its
 * stream, and queues NOTIFYs that PostgreSQL delivers only if and when the transaction commits. One
 * statement however many events; streams are locked in name order, so concurrent publishers cannot deadlock.
 * Payloads too large for NOTIFY (8 kB) are announced by id and read back by listeners. Returns the events in
 * the order given.
 */
export async function publishMany(tx: EntityManager, events: NewEvent[]): Promise<OutboxEvent[]> {
  if (events.length === 0) return [];
  const schema = (tx.connection.options as { schema: string }).schema;
  const rows: EventRow[] = await tx.query(
    `WITH input AS (
       SELECT e->>'stream' AS stream, e->>'type' AS type, (e->>'companyId')::uuid AS company_id,
              e->'payload' AS payload, ord
       FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS t(e, ord)
     ), counts AS (
       SELECT stream, count(*) AS n FROM input GROUP BY stream
     ), next AS (
       INSERT INTO outbox_streams (stream, last_seq) SELECT stream, n FROM counts ORDER BY stream
       ON CONFLICT (stream) DO UPDATE SET last_seq = outbox_streams.last_seq + EXCLUDED.last_seq
       RETURNING stream, last_seq
     ), event AS (
       INSERT INTO outbox (stream, seq, type, company_id, payload)
       SELECT input.stream, next.last_seq - counts.n + row_number() OVER (PARTITION BY input.stream ORDER BY ord),
              input.type, input.company_id, input.payload
       FROM input JOIN counts USING (stream) JOIN next USING (stream)
       ORDER BY ord
       RETURNING *
     )
     SELECT event.*, pg_notify($2, CASE WHEN octet_length(row_to_json(event)::text) < 7900
       THEN row_to_json(event)::text ELSE json_build_object('id', event.id)::text END)
     FROM event ORDER BY stream, seq`,
    [JSON.stringify(events), channelOf(schema)],
  );
  // Within a stream, sequence numbers follow the order given: hand them out stream by stream.
  const byStream = new Map<string, OutboxEvent[]>();
  for (const row of rows) {
    const event = fromRow(row);
    const stream = byStream.get(event.stream) ?? [];
    stream.push(event);
    byStream.set(event.stream, stream);
  }
  return events.map((e) => byStream.get(e.stream)?.shift() as OutboxEvent);
}

/** Appends one event; see `publishMany`. */
export async function publish(tx: EntityManager, event: NewEvent): Promise<OutboxEvent> {
  const [published] = await publishMany(tx, [event]);
  return published;
}
