import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import type { Logger } from '../core/logger';
import { channelOf, type EventRow, fromRow, type OutboxEvent } from './event';

/**
 * Live delivery of a subgraph's events inside one process. The PostgreSQL implementation listens on the
 * subgraph's NOTIFY channel with one connection and fans events out to local listeners; replay reads the
 * outbox. A broker (NATS JetStream, Redis Streams) can stand behind the same interface later.
 */
export interface EventBus {
  /** Calls `listener` for every event of `stream` committed from now on, in commit order. Returns the unsubscribe. */
  subscribe(stream: string, listener: (event: OutboxEvent) => void): Promise<() => void>;
  /** Events of `stream` with seq > `afterSeq`, oldest first, at most `limit`. */
  replay(stream: string, afterSeq: number, limit: number): Promise<OutboxEvent[]>;
  close(): Promise<void>;
}

export function createPostgresEventBus(dataSource: DataSource, url: string, log: Logger): EventBus {
  const schema = (dataSource.options as { schema: string }).schema;
  const channel = channelOf(schema);
  // Listeners by stream: an event costs only the subscribers of its own stream.
  const listeners = new Map<string, Set<(event: OutboxEvent) => void>>();
  let connecting: Promise<Client> | null = null;
  let closed = false;

  const deliver = (event: OutboxEvent) => {
    const forStream = listeners.get(event.stream);
    if (forStream) for (const listener of forStream) listener(event);
  };

  const connect = (): Promise<Client> => {
    connecting ??= (async () => {
      const client = new Client({ connectionString: url, application_name: `kabinet-${schema}-events` });
      client.on('notification', async (message) => {
        try {
          const note = JSON.parse(message.payload ?? '{}') as Partial<EventRow> & { id: string };
          if (note.stream !== undefined) return deliver(fromRow(note as EventRow));
          const [row] = await dataSource.query(`SELECT * FROM "${schema}".outbox WHERE id = $1`, [note.id]);
          if (row) deliver(fromRow(row));
        } catch (error) {
          log.error({ err: error }, 'bad event notification');
        }
      });
      client.on('error', (error) => {
        log.error({ err: error }, 'event listener connection lost');
        connecting = null;
        if (!closed && listeners.size > 0) setTimeout(() => connect().catch(() => {}), 500);
      });
      await client.connect();
      await client.query(`LISTEN "${channel}"`);
      return client;
    })();
    connecting.catch(() => {
      connecting = null;
    });
    return connecting;
  };

  return {
    async subscribe(stream, listener) {
      const forStream = listeners.get(stream) ?? new Set();
      listeners.set(stream, forStream);
      forStream.add(listener);
      await connect();
      return () => {
        forStream.delete(listener);
        if (forStream.size === 0 && listeners.get(stream) === forStream) listeners.delete(stream);
      };
    },
    async replay(stream, afterSeq, limit) {
      const rows: EventRow[] = await dataSource.query(
        `SELECT * FROM "${schema}".outbox WHERE stream = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [stream, afterSeq, limit],
      );
      return rows.map(fromRow);
    },
    async close() {
      closed = true;
      listeners.clear();
      const client = await connecting?.catch(() => null);
      await client?.end().catch(() => {});
    },
  };
}
