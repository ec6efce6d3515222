import type { EntityManager } from 'typeorm';
import { type Channel, createChannel } from '../core/channel';
import { rateLimited } from '../core/errors';
import type { EventBus } from './bus';
import type { OutboxEvent } from './event';

export interface StreamOptions {
  bus: EventBus;
  stream: string;
  /** Replay the stream's events after this sequence number first, then continue live. */
  after?: number | null;
  /** Which events of the stream this subscriber wants (tenant checks belong here too). */
  accept(event: OutboxEvent): boolean;
  /** Events a slow subscriber may have waiting before it is cut off. */
  maxBuffered?: number;
}

const REPLAY_PAGE = 500;

/** The last sequence number `stream` has reached in this subgraph's outbox (0 before its first event). */
export async function lastSequence(db: Pick<EntityManager, 'query'>, stream: string): Promise<number> {
  const [head] = await db.query('SELECT last_seq FROM outbox_streams WHERE stream = $1', [stream]);
  return Number(head?.last_seq ?? 0);
}

const tooSlow = () => rateLimited('The subscriber fell too far behind');

/**
 * One subscriber's view of a stream: replayed history, then live events, in sequence order with neither
 * gaps nor duplicates. A gap in the live feed (a lost notification, a reconnect) is filled from the outbox.
 * Ending the iterator unsubscribes at once.
 */
export function streamEvents(options: StreamOptions): Channel<OutboxEvent> {
  const { bus, stream, accept, maxBuffered = 10_000 } = options;
  let unsubscribe: (() => void) | null = null;
  const channel = createChannel<OutboxEvent>({
    capacity: maxBuffered,
    overflow: tooSlow,
    onClose: () => unsubscribe?.(),
  });
  const arrived: OutboxEvent[] = [];
  let last = options.after ?? null;
  let replaying = true;
  let processing = false;

  const catchUp = async (until: number | null) => {
    while (last !== null && !channel.closed) {
      const page = await bus.replay(stream, last, REPLAY_PAGE);
      for (const event of page) {
        if (until !== null && event.seq >= until) return;
        last = event.seq;
        if (accept(event)) channel.push(event);
      }
      if (page.length < REPLAY_PAGE) return;
    }
  };

  // Live events are handled one at a time, in arrival order, even when filling a gap awaits the outbox.
  const processArrived = async () => {
    if (processing || replaying) return;
    processing = true;
    try {
      for (let event = arrived.shift(); event && !channel.closed; event = arrived.shift()) {
        if (last !== null && event.seq <= last) continue;
        if (last !== null && event.seq > last + 1) await catchUp(event.seq);
        last = event.seq;
        if (accept(event)) channel.push(event);
      }
    } catch (error) {
      channel.end(error);
    } finally {
      processing = false;
    }
  };

  (async () => {
    const stop = await bus.subscribe(stream, (event) => {
      // Fast path, taken by nearly every event: live, next in sequence, nothing waiting before it.
      if (!replaying && !processing && arrived.length === 0 && last !== null && event.seq === last + 1) {
        last = event.seq;
        if (accept(event)) channel.push(event);
        return;
      }
      if (arrived.length >= maxBuffered) return channel.end(tooSlow());
      arrived.push(event);
      void processArrived();
    });
    unsubscribe = stop;
    if (channel.closed) return stop();
    await catchUp(null);
    replaying = false;
    await processArrived();
  })().catch((error) => channel.end(error));
  return channel;
}
