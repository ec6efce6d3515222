import { LATENCY_BUCKETS, serviceMetrics } from '@kabinet/kit/core';
import { Counter, Gauge, Histogram } from 'prom-client';
import type { CircuitState } from '../upstream/breaker';
import type { UpstreamObserver } from '../upstream/subgraph-client';

const CIRCUIT_VALUE: Record<CircuitState, number> = { CLOSED: 0, HALF_OPEN: 1, OPEN: 2 };
/** Operations refused before planning for their shape. */
const REFUSALS = new Set(['QUERY_TOO_DEEP', 'QUERY_TOO_COMPLEX']);

/** Live counts the gauges read when scraped. */
export interface LiveCounts {
  sockets(): number;
  subscriptions(): number;
}

/**
 * The gateway's metrics: the kit's per-service ones (operations by name and code, latency, the process) and
 * the gateway's own — each subgraph's fetches and circuit, open sockets and subscriptions, operations refused
 * for their depth, size or cost.
 */
export function gatewayMetrics() {
  const base = serviceMetrics('gateway');
  const { registry, prefix } = base;
  const fetches = new Histogram({
    name: `${prefix}subgraph_fetch_duration_seconds`,
    help: 'Fetches from subgraphs (retries included), by subgraph and outcome',
    labelNames: ['subgraph', 'outcome'],
    buckets: LATENCY_BUCKETS,
    registers: [registry],
  });
  const retried = new Counter({
    name: `${prefix}subgraph_retried_fetches_total`,
    help: 'Fetches that needed more than one attempt',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  const circuit = new Gauge({
    name: `${prefix}subgraph_circuit_state`,
    help: 'Circuit of each subgraph: 0 closed, 1 half-open, 2 open',
    labelNames: ['subgraph'],
    registers: [registry],
  });
  const costRejected = new Counter({
    name: `${prefix}cost_rejected_total`,
    help: 'Operations refused before planning for their depth, size or cost',
    labelNames: ['code'],
    registers: [registry],
  });
  const shared = new Counter({
    name: `${prefix}shared_executions_total`,
    help: 'Queries answered by an identical one already in flight instead of running again',
    registers: [registry],
  });
  base.onOutcome((code) => {
    if (REFUSALS.has(code)) costRejected.inc({ code });
  });
  let live: LiveCounts = { sockets: () => 0, subscriptions: () => 0 };
  new Gauge({
    name: `${prefix}open_sockets`,
    help: 'Open GraphQL WebSocket connections',
    registers: [registry],
    collect() {
      this.set(live.sockets());
    },
  });
  new Gauge({
    name: `${prefix}active_subscriptions`,
    help: 'Operations running over WebSocket (subscriptions, mostly)',
    registers: [registry],
    collect() {
      this.set(live.subscriptions());
    },
  });

  const upstream: UpstreamObserver = {
    fetched(subgraph, outcome, seconds, wasRetried) {
      fetches.observe({ subgraph, outcome }, seconds);
      if (wasRetried) retried.inc({ subgraph });
    },
    circuitChanged(subgraph, state) {
      circuit.set({ subgraph }, CIRCUIT_VALUE[state]);
    },
  };

  return {
    ...base,
    upstream,
    sharedExecution: () => shared.inc(),
    /** Where the socket gauges read their counts (the WebSocket server, once it runs). */
    countLive(counts: LiveCounts) {
      live = counts;
    },
    /** Starts every subgraph's circuit gauge at closed, so a dashboard lists them all from the start. */
    knowSubgraphs(names: string[]) {
      for (const subgraph of names) circuit.set({ subgraph }, 0);
    },
  };
}
