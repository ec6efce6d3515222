import { Client } from 'pg';
import type { Logger } from '../core/logger';

interface Channel {
  connected: Promise<unknown>;
  client: Client;
  handlers: Set<(payload: string) => void>;
}

/** Open LISTEN connections by database URL and channel: one per process, however many consumers share it. */
const channels = new Map<string, Channel>();

/**
 * Calls `handler` with each NOTIFY payload of `channel`. Every durable consumer of a subgraph's outbox in this
 * process shares one connection for it: a subgraph with a dozen consumers holds a handful of listening
 * connections, not a dozen. A lost connection is logged and dropped (its consumers keep polling); the next
 * consumer to listen opens a new one. Resolves to the function that stops listening.
 */
export async function listenShared(
  url: string,
  channel: string,
  handler: (payload: string) => void,
  log: Logger,
): Promise<() => Promise<void>> {
  const key = `${url}\n${channel}`;
  let shared = channels.get(key);
  if (!shared) {
    const client = new Client({ connectionString: url, application_name: `kabinet-listen-${channel}` });
    const fresh: Channel = {
      client,
      handlers: new Set(),
      connected: client.connect().then(() => client.query(`LISTEN "${channel}"`)),
    };
    client.on('notification', (note) => {
      for (const each of fresh.handlers) each(note.payload ?? '{}');
    });
    client.on('error', (error) => {
      log.warn({ err: error, channel }, 'event listener lost; its consumers poll');
      if (channels.get(key) === fresh) channels.delete(key);
    });
    fresh.connected.catch((error) => {
      log.warn({ err: error, channel }, 'cannot listen; consumers poll');
      if (channels.get(key) === fresh) channels.delete(key);
    });
    shared = fresh;
    channels.set(key, fresh);
  }
  const mine = shared;
  mine.handlers.add(handler);
  await mine.connected.catch(() => {});
  return async () => {
    mine.handlers.delete(handler);
    if (mine.handlers.size > 0) return;
    if (channels.get(key) === mine) channels.delete(key);
    await mine.client.end().catch(() => {});
  };
}
