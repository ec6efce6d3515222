import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { Federation, LiveFederation } from './federation';

/**
 * Queries and mutations for Apollo Server: planned by the gateway's one planner (the one subscriptions use)
 * and executed with Apollo's plan executor against the subgraphs' data sources. Takes the place of
 * `ApolloGateway`, which would parse the supergraph and build a second planner of its own.
 */
export function federatedExecutor(live: LiveFederation, serviceMap: ServiceMap): GatewayInterface {
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
          return executeQueryPlan(
            plan,
            serviceMap,
            requestContext,
            operationContext,
            federation.supergraphSchema,
            federation.apiSchema,
          );
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
