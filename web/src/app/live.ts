import { ApolloLink, CombinedGraphQLErrors, type FetchResult } from '@apollo/client';
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
 * `sequence` in the company's stream; the link keeps the last one in the subscription's `after`, so whenever
 * the subscription starts again the gateway replays exactly what was missed before going live: when the
 * connection comes back (graphql-ws sends the same payload object again), and when the subscription itself
 * ended for a reason that passes (an expired token, a subgraph unavailable for a while): then the link
 * subscribes again, with backoff.
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
      let stop = () => {};
      let retry: ReturnType<typeof setTimeout> | undefined;
      let attempts = 0;
      let ended = false;
      const start = () => {
        stop = this.client.subscribe<Record<string, { sequence?: number } | null>>(payload, {
          next: (result) => {
            attempts = 0;
            const event = result.data && Object.values(result.data)[0];
            if (typeof event?.sequence === 'number') payload.variables.after = event.sequence;
            observer.next(result as FetchResult);
          },
          error: (error) => {
            if (ended) return;
            if (!passing(error)) return observer.error(asError(error));
            retry = setTimeout(start, Math.min(500 * 2 ** attempts++, 10_000));
          },
          complete: () => observer.complete(),
        });
      };
      start();
      return () => {
        ended = true;
        clearTimeout(retry);
        stop();
      };
    });
  }
}

/** Codes of a subscription's end that a later attempt can get past. */
const PASSING_CODES = new Set(['SERVICE_UNAVAILABLE', 'SUBGRAPH_UNAVAILABLE', 'RATE_LIMITED']);

function passing(error: unknown): boolean {
  if (Array.isArray(error))
    return error.every((e) =>
      PASSING_CODES.has((e as { extensions?: { code?: string } }).extensions?.code ?? ''),
    );
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code !== SESSION_ENDED;
}

const asError = (error: unknown) =>
  error instanceof Error
    ? error
    : Array.isArray(error)
      ? new CombinedGraphQLErrors({ errors: error })
      : new Error(String((error as { reason?: string })?.reason ?? error));
