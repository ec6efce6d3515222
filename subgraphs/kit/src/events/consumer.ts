import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../core/logger';
import { backgroundTransaction } from './background';
import { channelOf, type EventRow, fromRow, type OutboxEvent } from './event';
import { listenShared } from './shared-listener';

export interface ConsumerOptions {
  /** The consuming subgraph's database: its position is kept there, and handlers write there. */
  db: DataSource;
  /** The producing subgraph (its schema); its outbox is the published contract other subgraphs read. */
  source: string;
  /** Names this consumer's position, e.g. `billing.order-charges`. */
  name: string;
  /** Only events of these types are handled (and only their notifications wake the consumer); default all. */
  types?: string[];
  /** Handles one event inside the transaction that also advances the position: exactly-once in effect. */
  handle(event: OutboxEvent, tx: EntityManager): Promise<void>;
  log: Logger;
  batchSize?: number;
  /** Poll at least this often, in case a notification was missed. */
  pollMs?: number;
}

export interface Consumer {
  /** Processes everything available now; resolves to the number of events handled. */
  drain(): Promise<number>;
  stop(): Promise<void>;
}

/**
 * A durable consumer of another subgraph's outbox. Each pass locks the consumer's position row with
 * FOR UPDATE SKIP LOCKED (so of several replicas one works and the rest skip), reads the events after it
 * in transaction order, handles them and moves the position, all in one transaction. Events written while
 * the consumer was down are simply read when it comes back. NOTIFY wakes it; a poll covers gaps.
 */
export function startConsumer(options: ConsumerOptions): Consumer {
  const { db, source, name, log, batchSize = 500, pollMs = 1_000 } = options;
  if (!/^[a-z_]+$/.test(source)) throw new Error(`Invalid source schema: ${source}`);
  const wanted = (type: string) => !options.types || options.types.includes(type);
  let stopped = false;
  let running: Promise<number> | null = null;
  let again = false;

  const pass = () =>
    backgroundTransaction(db, async (tx) => {
      await tx.query('INSERT INTO outbox_positions (consumer) VALUES ($1) ON CONFLICT DO NOTHING', [name]);
      const [position] = await tx.query(
        'SELECT txid::text AS txid, id FROM outbox_positions WHERE consumer = $1 FOR UPDATE SKIP LOCKED',
        [name],
      );
      if (!position) return 0; // another replica holds it
      // Positions only (no payloads) first: a consumer of a few types passes over the rest cheaply.
      const rows: { id: string; tx: string; type: string }[] = await tx.query(
        `SELECT o.id, o.txid::text AS tx, o.type FROM "${source}".outbox o
         WHERE (o.txid, o.id) > ($1::xid8, $2::bigint) AND o.txid < pg_snapshot_xmin(pg_current_snapshot())
         ORDER BY o.txid, o.id LIMIT $3`,
        [position.txid, position.id, batchSize],
      );
      const wantedIds = rows.filter((row) => wanted(row.type)).map((row) => row.id);
      const events: EventRow[] = wantedIds.length
        ? await tx.query(`SELECT * FROM "${source}".outbox WHERE id = ANY($1) ORDER BY txid, id`, [wantedIds])
        : [];
      for (const event of events) await options.handle(fromRow(event), tx);
      const last = rows.at(-1);
      if (last) {
        await tx.query(
          'UPDATE outbox_positions SET txid = $2::xid8, id = $3, updated_at = now() WHERE consumer = $1',
          [name, last.tx, last.id],
        );
      }
      return rows.length;
    });

  const drain = async (): Promise<number> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      let total = 0;
      do {
        again = false;
        for (let handled = batchSize; handled === batchSize && !stopped; total += handled)
          handled = await pass();
      } while (again && !stopped);
      return total;
    })().finally(() => {
      running = null;
    });
    return running;
  };

  const kick = () => {
    drain().catch((error) => log.error({ err: error, consumer: name }, 'consumer pass failed'));
  };
  const listening = listenShared(
    listenUrl(db),
    channelOf(source),
    (payload) => {
      // A large event is announced by id only: wake for it, as its type is unknown here.
      const { type } = JSON.parse(payload) as { type?: string };
      if (type === undefined || wanted(type)) kick();
    },
    log,
  );
  const timer = setInterval(kick, pollMs);
  kick();

  return {
    drain,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await (await listening)();
      await running?.catch(() => {});
    },
  };
}

const listenUrl = (db: DataSource) => (db.options as { url: string }).url;
