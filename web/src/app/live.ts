import { ApolloLink, type FetchResult } from '@apollo/client';
import { type Client, createClient } from 'graphql-ws';
import { Observable } from 'rxjs';
import { accessToken, saveTokens } from '../auth/session';
import { documentId } from './documents';

/** What the live connection is doing, for the indicator in the header. */
export type LiveStatus = 'connecting' | 'connected' | 'reconnecting';

const statusListeners = new Set<(status: LiveStatus) => void>();
let status: LiveStatus = 'connecting';
const setStatus = (next: LiveStatus) => {
  status = next;
  for (const listener of statusListeners) listener(next);
};
export const liveStatus = () => status;
export function onLiveStatus(listener: (status: LiveStatus) => void): () => void {
  statusListeners.add(listener);
  return () => statusListeners.delete(listener);
}

/** Close codes of the gateway (README, "Live subscriptions"). */
const TOKEN_EXPIRED = 4401;
const SESSION_ENDED = 4403;

/**
 * One graphql-ws connection to the gateway for every subscription of the page. It retries forever with
 * backoff; a renewed token goes in each connection_init, and a session that ended signs the user out.
 */
export function createLiveClient(url = liveUrl()): Client {
  let wasConnected = false;
  return createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    retryWait: async (retries) => {
      await new Promise((resolve) => setTimeout(resolve, Math.min(500 * 2 ** retries, 10_000)));
    },
    connectionParams: async () => {
      const token = await accessToken();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => setStatus(wasConnected ? 'reconnecting' : 'connecting'),
      connected: () => {
        wasConnected = true;
        setStatus('connected');
      },
      closed: (event) => {
        const code = (event as CloseEvent | undefined)?.code;
        if (code === TOKEN_EXPIRED) void accessToken(true);
        if (code === SESSION_ENDED) saveTokens(null);
        if (wasConnected) setStatus('reconnecting');
      },
    },
  });
}

const liveUrl = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;

/**
 * Subscriptions over the live connection, by trusted-document id. Every event of the graph carries its
 * `sequence` in the company's stream; the link keeps the last one in the subscription's `after`, so when the
 * connection comes back (graphql-ws sends the same payload object again) the gateway replays exactly what was
 * missed before going live.
 */
export class LiveLink extends ApolloLink {
  constructor(private readonly client: Client) {
    super();
  }

  override request(operation: ApolloLink.Operation): Observable<FetchResult> {
    return new Observable((observer) => {
      const payload = {
        documentId: documentId(operation.query),
        operationName: operation.operationName,
        variables: { ...operation.variables } as Record<string, unknown>,
        query: '', // graphql-ws requires the field; the gateway fills it in from the manifest by documentId
      };
      return this.client.subscribe<Record<string, { sequence?: number } | null>>(payload, {
        next: (result) => {
          const event = result.data && Object.values(result.data)[0];
          if (typeof event?.sequence === 'number') payload.variables.after = event.sequence;
          observer.next(result as FetchResult);
        },
        error: (error) => observer.error(error instanceof Error ? error : new Error(String(error))),
        complete: () => observer.complete(),
      });
    });
  }
}
