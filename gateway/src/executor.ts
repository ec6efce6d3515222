import { buildOperationContext, executeQueryPlan, type ServiceMap } from '@apollo/gateway';
import type { GatewayInterface } from '@apollo/server-gateway-interface';
import type { Federation } from './federation';

/**
 * Queries and mutations for Apollo Server: planned by the gateway's one planner (the one subscriptions use)
 * and executed with Apollo's plan executor against the subgraphs' data sources. Takes the place of
 * `ApolloGateway`, which would parse the supergraph and build a second planner of its own.
 */
export function federatedExecutor(federation: Federation, serviceMap: ServiceMap): GatewayInterface {
  return {
    async load() {
      return {
        schema: federation.schema,
        executor: async (requestContext) => {
          const { document, request, queryHash } = requestContext;
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
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: federation.schema, coreSupergraphSdl: federation.supergraphSdl });
      return () => {};
    },
    async stop() {},
  };
}
