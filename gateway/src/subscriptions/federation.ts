import { operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import { type QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { type DocumentNode, type GraphQLSchema, print } from 'graphql';

/**
 * What the subscription engine needs from the supergraph, built once: the API schema clients validate
 * against, the supergraph schema for executing plans, each subgraph's own schema, and a query planner
 * whose plans are cached per operation.
 */
export interface Federation {
  apiSchema: Schema;
  schema: GraphQLSchema;
  supergraphSchema: GraphQLSchema;
  subgraphSchemas: Map<string, Schema>;
  /** Subgraph URLs as recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  plan(document: DocumentNode, operationName?: string | null): QueryPlan;
}

const MAX_CACHED_PLANS = 1_000;

export function loadFederation(supergraphSdl: string): Federation {
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);
  const plans = new Map<string, QueryPlan>();
  return {
    apiSchema,
    schema: apiSchema.toGraphQLJSSchema(),
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
    subgraphSchemas: new Map(
      supergraph
        .subgraphs()
        .values()
        .map((s) => [s.name, s.schema]),
    ),
    subgraphUrls: Object.fromEntries(
      supergraph
        .subgraphs()
        .values()
        .map((s) => [s.name, s.url]),
    ),
    plan(document, operationName) {
      const key = `${operationName ?? ''}\n${print(document)}`;
      let plan = plans.get(key);
      if (!plan) {
        plan = planner.buildQueryPlan(
          operationFromDocument(apiSchema, document, { operationName: operationName ?? undefined }),
        );
        if (plans.size >= MAX_CACHED_PLANS) plans.delete(plans.keys().next().value as string);
        plans.set(key, plan);
      }
      return plan;
    },
  };
}
