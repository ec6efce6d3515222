import { GraphQLError } from 'graphql';
import type { EventBus } from './bus';
import type { OutboxEvent } from './event';

export interface StreamOptions {
  bus: EventBus;
  stream: string;
  /** Replay the stream's events after this sequence number first, then continue live. */
  after?: number | null;
  /** Which events of the stream this subscriber wants (tenant checks belong here too). */
  accept(event: OutboxEvent): boolean;
  /** Live events a slow subscriber may have waiting before it is cut off. */
  maxBuffered?: number;
}

const REPLAY_PAGE = 500;

/**
 * One subscriber's view of a stream: replayed history, then live events, in sequence order with neither
 * gaps nor duplicates. A gap in the live feed (a lost notification, a reconnect) is filled from the outbox.
 */
export async function* streamEvents(options: StreamOptions): AsyncGenerator<OutboxEvent> {
  const { bus, stream, accept, maxBuffered = 10_000 } = options;
  const pending: OutboxEvent[] = [];
  let wake: (() => void) | null = null;
  let overflow = false;
  const unsubscribe = await bus.subscribe((event) => {
    if (event.stream !== stream) return;
    if (pending.length >= maxBuffered) overflow = true;
    else pending.push(event);
    wake?.();
  });
  try {
    let last = options.after ?? null;
    const catchUp = async function* (until: number | null) {
      while (last !== null && (until === null || last < until)) {
        const page = await bus.replay(stream, last, REPLAY_PAGE);
        for (const event of page) {
          if (until !== null && event.seq >= until) return;
          last = event.seq;
          if (accept(event)) yield event;
        }
        if (page.length < REPLAY_PAGE) return;
      }
    };
    yield* catchUp(null);
    for (;;) {
      if (overflow) {
        throw new GraphQLError('The subscriber fell too far behind', {
          extensions: { code: 'RATE_LIMITED' },
        });
      }
      const event = pending.shift();
      if (!event) {
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        wake = null;
        continue;
      }
      if (last !== null && event.seq <= last) continue;
      if (last !== null && event.seq > last + 1) yield* catchUp(event.seq);
      last = event.seq;
      if (accept(event)) yield event;
    }
  } finally {
    unsubscribe();
  }
}
