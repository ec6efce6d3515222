import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { type GatewayLink, type Logger, outgoingCall, type RequestOrigin } from '@kabinet/kit/core';
import { Kind, parse } from 'graphql';
import { Pool } from 'undici';
import type { GatewayContext } from '../context';
import { CircuitBreaker, type CircuitState } from './breaker';
import type { UpstreamPolicy } from './policy';
import { passHeaders } from './response-headers';
import { RetryBudget } from './retry-budget';

type IncomingHeaders = Record<string, string | string[] | undefined>;

/** What became of one fetch: answered, refused by HTTP status, or not reached (down, timed out, circuit open). */
export type FetchOutcome = 'ok' | 'http_error' | 'unavailable' | 'circuit_open';

/** Told of every fetch and every change of a circuit (metrics listen). */
export interface UpstreamObserver {
  fetched(subgraph: string, outcome: FetchOutcome, seconds: number, retried: boolean): void;
  circuitChanged(subgraph: string, state: CircuitState): void;
}

const QUIET: UpstreamObserver = { fetched() {}, circuitChanged() {} };

/** A failure to reach the subgraph: worth a retry when the fetch may be repeated. */
class Unreachable extends Error {}

/**
 * Calls one subgraph over a pool of keep-alive connections (undici). Headers are built here from scratch: the
 * gateway credential and the caller as the gateway verified it, signed; nothing the client sent is passed on.
 * Each attempt has a timeout; a query or `_entities` fetch that fails to reach the subgraph is retried with
 * backoff within a retry budget (a mutation never: it may have run); a circuit breaker fails fast while the
 * subgraph is down and lets a probe through to find it back. A subgraph not reached answers its fields with
 * SUBGRAPH_UNAVAILABLE, so the rest of the operation's data still comes back.
 */
export class SubgraphClient implements GraphQLDataSource<GatewayContext> {
  readonly breaker: CircuitBreaker;
  private readonly pool: Pool;
  private readonly path: string;
  private readonly budget: RetryBudget;

  constructor(
    readonly name: string,
    url: string,
    private readonly link: GatewayLink,
    private readonly policy: UpstreamPolicy,
    private readonly log: Logger,
    private readonly observer: UpstreamObserver = QUIET,
  ) {
    const target = new URL(url);
    this.path = `${target.pathname}${target.search}`;
    this.pool = new Pool(target.origin, {
      connections: policy.connections,
      keepAliveTimeout: 30_000,
      connectTimeout: policy.timeoutMs,
    });
    this.budget = new RetryBudget(policy.retryRatio);
    this.breaker = new CircuitBreaker(policy.breaker, Date.now, (state) => {
      this.log.warn({ subgraph: name, circuit: state }, 'subgraph circuit changed');
      this.observer.circuitChanged(name, state);
    });
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const { request, context } = options;
    const started = performance.now();
    const idempotent = !/^\s*mutation\b/.test(request.query ?? '');
    const body = JSON.stringify({
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    });
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: 'application/json',
    };
    // Without a caller there is nothing a subgraph would answer: it requires the signed origin.
    if (context?.origin) Object.assign(headers, signedHeaders(this.link, context.origin));
    const call = outgoingCall(`fetch ${this.name}`, context?.trace);
    Object.assign(headers, call.headers);
    try {
      return await this.attempts(options, headers, body, idempotent, started);
    } finally {
      call.span.end();
    }
  }

  /** Asks until answered, out of retries, or the circuit says no. */
  private async attempts(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
    headers: Record<string, string>,
    body: string,
    idempotent: boolean,
    started: number,
  ): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    this.budget.requested();
    for (let attempt = 0; ; attempt++) {
      const seconds = () => (performance.now() - started) / 1000;
      if (!this.breaker.allow()) {
        this.observer.fetched(this.name, 'circuit_open', seconds(), attempt > 0);
        return this.unavailable(request.query, 'circuit open');
      }
      try {
        const answer = await this.attempt(headers, body);
        const incoming = 'incomingRequestContext' in options ? options.incomingRequestContext : undefined;
        const answerHeaders = incoming?.response?.http?.headers;
        if (answerHeaders) passHeaders(answer.headers, answerHeaders, context?.passCookie);
        this.breaker.succeeded();
        this.observer.fetched(this.name, answer.ok ? 'ok' : 'http_error', seconds(), attempt > 0);
        return answer.response;
      } catch (error) {
        this.breaker.failedOnce();
        const retry =
          idempotent &&
          attempt < this.policy.retries &&
          error instanceof Unreachable &&
          this.budget.tryRetry();
        if (!retry) {
          this.observer.fetched(this.name, 'unavailable', seconds(), attempt > 0);
          this.log.warn({ subgraph: this.name, err: error, attempts: attempt + 1 }, 'subgraph not reached');
          return this.unavailable(request.query, (error as Error).message);
        }
        const backoff = this.policy.retryBackoffMs * 2 ** attempt * (0.5 + Math.random());
        await new Promise((resolve) => setTimeout(resolve, backoff));
      }
    }
  }

  /** One request. Throws Unreachable when the subgraph did not answer (or answered that it cannot). */
  private async attempt(
    headers: Record<string, string>,
    body: string,
  ): Promise<{ ok: boolean; response: GatewayGraphQLResponse; headers: IncomingHeaders }> {
    let answer: Awaited<ReturnType<Pool['request']>>;
    try {
      answer = await this.pool.request({
        method: 'POST',
        path: this.path,
        headers,
        body,
        signal: AbortSignal.timeout(this.policy.timeoutMs),
        headersTimeout: this.policy.timeoutMs,
        bodyTimeout: this.policy.timeoutMs,
      });
    } catch (error) {
      throw new Unreachable((error as Error).message);
    }
    const { statusCode } = answer;
    if (statusCode === 502 || statusCode === 503 || statusCode === 504) {
      await answer.body.dump();
      throw new Unreachable(`HTTP ${statusCode}`);
    }
    let parsed: GatewayGraphQLResponse;
    try {
      parsed = (await answer.body.json()) as GatewayGraphQLResponse;
    } catch (error) {
      if (statusCode === 200) throw new Unreachable(`unreadable answer: ${(error as Error).message}`);
      parsed = {};
    }
    if (statusCode === 200) return { ok: true, response: parsed, headers: answer.headers };
    // A subgraph refusing the request outright (a wrong credential, a request the gateway should never have
    // sent, a crash) is the gateway's fault: with no code, the client gets a masked internal error, and the
    // subgraph's words go to the log only.
    this.log.error(
      { subgraph: this.name, status: statusCode, errors: parsed.errors },
      'subgraph refused a fetch',
    );
    return {
      ok: false,
      response: { errors: [{ message: `The ${this.name} subgraph answered HTTP ${statusCode}` }] },
      headers: {},
    };
  }

  /** The fields this fetch would have filled, each with SUBGRAPH_UNAVAILABLE naming the subgraph. */
  private unavailable(query: string | undefined, reason: string): GatewayGraphQLResponse {
    const message = `The ${this.name} subgraph is unavailable`;
    const extensions = { code: 'SUBGRAPH_UNAVAILABLE', subgraph: this.name };
    this.log.debug({ subgraph: this.name, reason }, message);
    const keys = rootKeys(query);
    return {
      errors: keys.length
        ? keys.map((key) => ({ message, path: [key], extensions }))
        : [{ message, extensions }],
    };
  }

  close(): Promise<void> {
    return this.pool.close();
  }
}

/**
 * The signed origin of one request, made once for all its fetches (signing is an HMAC each time) and made
 * again when older than a few seconds: a subscription's origin lives far longer than a signature may.
 */
const signed = new WeakMap<RequestOrigin, { headers: Record<string, string>; at: number }>();
const REUSE_SIGNATURE_MS = 5_000;
function signedHeaders(link: GatewayLink, origin: RequestOrigin): Record<string, string> {
  const now = Date.now();
  let entry = signed.get(origin);
  if (!entry || now - entry.at > REUSE_SIGNATURE_MS) {
    entry = { headers: link.headersFor(origin), at: now };
    signed.set(origin, entry);
  }
  return entry.headers;
}

/** The response keys a root fetch fills; none for an `_entities` fetch (its fields sit at many paths). */
function rootKeys(query: string | undefined): string[] {
  if (!query) return [];
  const operation = parse(query).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const keys: string[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return [];
    if (selection.name.value === '_entities') return [];
    keys.push(selection.alias?.value ?? selection.name.value);
  }
  return keys;
}
