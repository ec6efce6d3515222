import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import type { PlanNode, QueryPlan } from '@apollo/query-planner';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import { BREAK, type DocumentNode, visit } from 'graphql';
import { runnable, runPlan } from './execution/execute-plan';
import { ResponseShape } from './execution/response-shape';
import type { Federation, LiveFederation } from './federation';

/**
 * Queries and mutations for Apollo Server: planned by the gateway's one planner (the one subscriptions use)
 * and executed against the subgraphs' data sources — by our plan runner and compiled response shape, or, for
 * what they do not cover (introspection, @defer), by Apollo's plan executor. Takes the place of
 * `ApolloGateway`, which would parse the supergraph and build a second planner of its own.
 */
export function federatedExecutor(live: LiveFederation, serviceMap: ServiceMap): GatewayInterface {
  // The response shape of each planned operation, compiled on its first run; null: Apollo's executor runs it.
  const shapes = new WeakMap<QueryPlan, ResponseShape | null>();
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
          let shape = shapes.get(plan);
          if (shape === undefined) {
            shape =
              runnable(plan.node) && !asksIntrospection(document)
                ? new ResponseShape(federation.schema, operationContext.operation, operationContext.fragments)
                : null;
            shapes.set(plan, shape);
          }
          if (!shape) return apolloExecution(federation, plan, serviceMap, requestContext, operationContext);
          const { data, errors } = plan.node
            ? await runPlan(plan.node as PlanNode, {
                serviceMap,
                requestContext,
                supergraphSchema: federation.supergraphSchema,
                operation: operationContext.operation,
              })
            : { data: Object.create(null), errors: [] };
          const shaped = shape.shape(data, request.variables ?? {});
          // As Apollo's executor: value-completion errors are told only when the fetches had none.
          if (errors.length) return { errors, data: shaped.data };
          if (shaped.errors.length)
            return { data: shaped.data, extensions: { valueCompletion: shaped.errors } };
          return { data: shaped.data };
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
