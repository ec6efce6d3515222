import type { BreakerPolicy } from './breaker';

/** How the gateway treats each subgraph's HTTP endpoint. */
export interface UpstreamPolicy {
  /** One attempt's limit, connecting to the end of the answer. */
  timeoutMs: number;
  /** Extra attempts of an idempotent fetch (a query, an `_entities` fetch) that failed to reach the subgraph. */
  retries: number;
  /** The first retry's wait; each next one doubles it (with jitter). */
  retryBackoffMs: number;
  /** Retries may add at most this share to a subgraph's requests (plus a few a second). */
  retryRatio: number;
  breaker: BreakerPolicy;
  /** Keep-alive connections per subgraph. */
  connections: number;
}

export const DEFAULT_UPSTREAM_POLICY: UpstreamPolicy = {
  timeoutMs: 10_000,
  retries: 2,
  retryBackoffMs: 25,
  retryRatio: 0.2,
  breaker: { failures: 5, openMs: 5_000 },
  connections: 64,
};
