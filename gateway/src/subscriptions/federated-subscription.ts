import {
  buildOperationContext,
  executeQueryPlan,
  type GraphQLDataSource,
  type ServiceMap,
} from '@apollo/gateway';
import type { FetchNode, PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { type Channel, createChannel, type Logger, type RequestOrigin } from '@kabinet/kit/core';
import {
  type DocumentNode,
  type ExecutionResult,
  type FieldNode,
  type FormattedExecutionResult,
  GraphQLError,
} from 'graphql';
import type { Federation } from '../federation';
import { makeResumable, type ResumableOperation, SEQUENCE_ALIAS } from './resume';
import type { UpstreamPool } from './upstream';

/** Plays the role of the primary fetch's subgraph while the rest of the plan runs for one event. */
const EVENT_SOURCE = '__kabinet_subscription_event__';

export interface SubscriptionEngine {
  federation: Federation;
  upstream: UpstreamPool;
  /** The caller as subgraphs accept it: signed by the gateway. */
  signOrigin(origin: RequestOrigin): string;
  /** Data sources of the subgraphs, for the entity fetches that complete each event. */
  serviceMap: ServiceMap;
  log: Logger;
  /** Results of one execution waiting to be handed to its subscribers' own queues (handed on at once). */
  maxQueued: number;
  /** How often, and how long apart, to try reaching the owning subgraph again after losing it. */
  retry: { attempts: number; delayMs: number };
}

export interface SubscriptionRequest {
  /** The operation's text as the client sent it: the key of its plan, and of identical subscriptions. */
  query: string;
  document: DocumentNode;
  operationName?: string | null;
  variables: Record<string, unknown>;
  origin: RequestOrigin;
}

const unavailable = (subgraph: string) =>
  new GraphQLError(`The ${subgraph} service is unavailable; subscribe again later`, {
    extensions: { code: 'SERVICE_UNAVAILABLE' },
  });

/** Closes that retrying cannot fix: the subgraph refused the gateway or the request itself. */
const FATAL_CLOSE_CODES = new Set([4400, 4401, 4403, 4406, 4409, 4429]);
const isFatal = (error: unknown) =>
  typeof error === 'object' &&
  error !== null &&
  FATAL_CLOSE_CODES.has((error as { code?: number }).code ?? 0);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface SubscriptionPlan {
  primary: FetchNode;
  rest?: PlanNode;
  upstream: ResumableOperation;
}

/** The planned parts of a subscription, derived once per cached query plan (plans are cached by operation). */
const subscriptionPlans = new WeakMap<QueryPlan, SubscriptionPlan>();

function subscriptionPlanOf(engine: SubscriptionEngine, request: SubscriptionRequest): SubscriptionPlan {
  const plan = engine.federation.plan(request.document, request.operationName, request.query);
  if (plan.node?.kind !== 'Subscription') throw new Error('Not a subscription operation');
  let parts = subscriptionPlans.get(plan);
  if (!parts) {
    const { primary, rest } = plan.node;
    const upstream = makeResumable(
      primary.operation,
      engine.federation.subgraphSchemas.get(primary.serviceName),
    );
    parts = { primary, rest, upstream };
    subscriptionPlans.set(plan, parts);
  }
  return parts;
}

/** Whether the subscriber asked to replay from a sequence number (then its stream is its own). */
export const replayRequested = (engine: SubscriptionEngine, request: SubscriptionRequest): boolean =>
  subscriptionPlanOf(engine, request).upstream.initialAfter(request.variables) !== null;

/**
 * A federated subscription: subscribes to the owning subgraph for the plan's primary fetch, and for each
 * event runs the rest of the plan (entity fetches to other subgraphs) and yields the merged result. When the
 * upstream connection drops, it resubscribes from the last sequence delivered, so nothing is lost or repeated.
 */
export function federatedSubscribe(
  engine: SubscriptionEngine,
  request: SubscriptionRequest,
): Channel<ExecutionResult> {
  const { federation, log } = engine;
  const { primary, rest, upstream } = subscriptionPlanOf(engine, request);
  const operationContext = buildOperationContext({
    schema: federation.schema,
    operationDocument: request.document,
    operationName: request.operationName ?? undefined,
  });
  const variables = Object.fromEntries(
    (primary.variableUsages ?? [])
      .filter((v) => v in request.variables)
      .map((v) => [v, request.variables[v]]),
  );
  const eventPlan: QueryPlan = {
    kind: 'QueryPlan',
    node: rest
      ? { kind: 'Sequence', nodes: [{ ...primary, serviceName: EVENT_SOURCE } as FetchNode, rest] }
      : ({ ...primary, serviceName: EVENT_SOURCE } as FetchNode),
  };
  const requestContext = {
    request: {
      query: request.query,
      variables: request.variables,
      operationName: request.operationName,
    },
    context: { origin: request.origin },
    logger: log,
    metrics: {},
  } as unknown as GatewayGraphQLRequestContext;
  // A subscription has exactly one root field; its response key finds the event's sequence number.
  const rootField = operationContext.operation.selectionSet.selections[0] as FieldNode;
  const rootKey = rootField.alias?.value ?? rootField.name.value;

  const complete = (event: ExecutionResult): Promise<ExecutionResult> => {
    const source: GraphQLDataSource = {
      process: async () => ({ data: event.data, errors: event.errors as never }),
    };
    return executeQueryPlan(
      eventPlan,
      { ...engine.serviceMap, [EVENT_SOURCE]: source },
      requestContext,
      operationContext,
      federation.supergraphSchema,
      federation.apiSchema,
    ) as Promise<ExecutionResult>;
  };

  let after = upstream.initialAfter(request.variables);
  let events: AsyncIterableIterator<FormattedExecutionResult> | null = null;
  const results = createChannel<ExecutionResult>({
    capacity: engine.maxQueued,
    overflow: () => new Error('Subscriber fell too far behind'),
    // Leaving cancels the upstream subscription at once, even while waiting for its next event.
    onClose: () => void events?.return?.(),
  });

  (async () => {
    for (let failures = 0; !results.closed; ) {
      events = engine.upstream.client(primary.serviceName).iterate({
        query: upstream.query,
        variables: upstream.resumable ? { ...variables, [upstream.afterVariable]: after } : variables,
        extensions: { origin: engine.signOrigin(request.origin) },
      });
      try {
        for await (const event of events) {
          failures = 0;
          const data = event.data as Record<string, Record<string, unknown> | null> | null | undefined;
          const sequence = data?.[rootKey]?.[SEQUENCE_ALIAS];
          if (typeof sequence === 'number') after = sequence;
          results.push(
            data ? await complete(event as ExecutionResult) : { errors: toErrors(event.errors ?? []) },
          );
        }
        return results.end();
      } catch (error) {
        if (Array.isArray(error)) {
          // The subgraph refused the subscription (bad input, not found, not allowed): pass its errors on.
          results.push({ errors: toErrors(error) });
          return results.end();
        }
        failures++;
        const retry = !isFatal(error) && upstream.resumable && failures <= engine.retry.attempts;
        log.warn(
          { subgraph: primary.serviceName, failures, retry, err: error },
          'upstream subscription lost',
        );
        if (!retry) {
          results.push({ errors: [unavailable(primary.serviceName)] });
          return results.end();
        }
        await sleep(engine.retry.delayMs * failures);
      }
    }
  })().catch((error) => results.end(error));
  return results;
}

const toErrors = (errors: readonly { message: string; extensions?: Record<string, unknown> }[]) =>
  errors.map((e) => new GraphQLError(e.message, { extensions: e.extensions }));
