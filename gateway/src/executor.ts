import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayExecutionResult, GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, type DocumentNode, visit } from 'graphql';
import type { GatewayContext } from './context';
import { runnable, runPlan } from './execution/execute-plan';
import { type InflightQueries, readsPersonalFields, sharingKey } from './execution/inflight';
import { ResponseShape } from './execution/response-shape';
import type { Federation, LiveFederation } from './federation';

/**
 * Queries and mutations for Apollo Server: planned by the gateway's one planner (the one subscriptions use)
 * and executed against the subgraphs' data sources — by our plan runner and compiled response shape, or, for
 * what they do not cover (introspection, @defer), by Apollo's plan executor. Takes the place of
 * `ApolloGateway`, which would parse the supergraph and build a second planner of its own.
 */
export function federatedExecutor(
  live: LiveFederation,
  serviceMap: ServiceMap,
  inflight: InflightQueries<Shared> | null,
): GatewayInterface {
  const prepared = new WeakMap<QueryPlan, Prepared>();
  let planCount = 0;
  return {
    async load() {
      return {
        schema: live.current.schema,
        executor: async (requestContext) => {
          const { document, request, queryHash } = requestContext;
          const federation = live.forSchema(requestContext.schema);
          const operationContext = buildOperationContext({
            schema: federation.schema,
            operationDocument: document,
            operationName: request.operationName,
          });
          const plan = federation.plan(document, request.operationName, queryHash);
          let known = prepared.get(plan);
          if (!known) {
            const { operation, fragments } = operationContext;
            known = {
              shape:
                runnable(plan.node) && !asksIntrospection(document)
                  ? new ResponseShape(federation.schema, operation, fragments)
                  : null,
              personal: readsPersonalFields(federation.schema, document, operation),
              query: operation.operation === 'query',
              id: ++planCount,
            };
            prepared.set(plan, known);
          }
          const { shape } = known;
          if (!shape) return apolloExecution(federation, plan, serviceMap, requestContext, operationContext);
          const execute = async (): Promise<Shared> => {
            const { data, errors } = plan.node
              ? await runPlan(plan.node as PlanNode, {
                  serviceMap,
                  requestContext,
                  supergraphSchema: federation.supergraphSchema,
                  operation: operationContext.operation,
                })
              : { data: Object.create(null), errors: [] };
            const shaped = shape.shape(data, request.variables ?? {});
            const cacheControl = requestContext.response?.http?.headers.get('cache-control') ?? undefined;
            // As Apollo's executor: value-completion errors are told only when the fetches had none.
            if (errors.length) return { result: { errors, data: shaped.data }, cacheControl };
            if (shaped.errors.length)
              return {
                result: { data: shaped.data, extensions: { valueCompletion: shaped.errors } },
                cacheControl,
              };
            return { result: { data: shaped.data }, cacheControl };
          };
          if (!inflight || !known.query) return (await execute()).result;
          const viewer = (requestContext.context as Partial<GatewayContext>).origin?.viewer ?? null;
          const key = `${known.id}\n${JSON.stringify(request.variables ?? {})}\n${sharingKey(viewer, known.personal)}`;
          const shared = await inflight.run(key, execute);
          // The caching rule the subgraphs gave the one that ran holds for all it answered (cookies never pass).
          if (shared.cacheControl)
            requestContext.response?.http?.headers.set('cache-control', shared.cacheControl);
          return shared.result;
        },
      };
    },
    // Apollo validates each request against the schema given last: a reload hands it the new one.
    onSchemaLoadOrUpdate(callback) {
      const tell = (federation: Federation) =>
        callback({ apiSchema: federation.schema, coreSupergraphSdl: federation.supergraphSdl });
      tell(live.current);
      return live.onSwap(tell);
    },
    async stop() {},
  };
}

/** What the executor knows of a planned operation after its first run. */
interface Prepared {
  /** Null: Apollo's executor runs it (introspection, @defer). */
  shape: ResponseShape | null;
  personal: boolean;
  query: boolean;
  /**
   * Names the plan — one document and operation on one graph — in sharing keys: requests on a reloaded graph
   * never share with those on the old one.
   */
  id: number;
}

/** One execution's answer, as every request it was shared with gets it. */
export interface Shared {
  result: GatewayExecutionResult;
  cacheControl?: string;
}

function apolloExecution(
  federation: Federation,
  plan: QueryPlan,
  serviceMap: ServiceMap,
  requestContext: Parameters<typeof executeQueryPlan>[2],
  operationContext: Parameters<typeof executeQueryPlan>[3],
) {
  return executeQueryPlan(
    plan,
    serviceMap,
    requestContext,
    operationContext,
    federation.supergraphSchema,
    federation.apiSchema,
  );
}

/** Whether the operation reads the schema (`__schema`, `__type`), which Apollo's executor answers itself. */
function asksIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
