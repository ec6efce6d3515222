import { operationFromDocument, type Schema, Supergraph } from '@apollo/federation-internals';
import { type QueryPlan, QueryPlanner } from '@apollo/query-planner';
import { type DocumentNode, type GraphQLSchema, print } from 'graphql';

/**
 * The gateway's one model of the graph, built once from the supergraph: the API schema clients validate
 * against, the supergraph schema for executing plans, each subgraph's own schema, and one query planner whose
 * plans are cached per operation — shared by queries, mutations and subscriptions, so a new supergraph
 * (hot reload, later) replaces one thing.
 */
export interface Federation {
  supergraphSdl: string;
  apiSchema: Schema;
  schema: GraphQLSchema;
  supergraphSchema: GraphQLSchema;
  subgraphSchemas: Map<string, Schema>;
  /** Subgraph URLs as recorded in the supergraph. */
  subgraphUrls: Record<string, string>;
  /**
   * The plan of one operation. `key` identifies the document (Apollo's query hash, or its printed text);
   * without it the document is printed to make one.
   */
  plan(document: DocumentNode, operationName?: string | null, key?: string): QueryPlan;
}

const MAX_CACHED_PLANS = 1_000;

export function loadFederation(supergraphSdl: string): Federation {
  const supergraph = Supergraph.build(supergraphSdl);
  const apiSchema = supergraph.apiSchema();
  const planner = new QueryPlanner(supergraph);
  const plans = new Map<string, QueryPlan>();
  const subgraphs = [...supergraph.subgraphs().values()];
  return {
    supergraphSdl,
    apiSchema,
    schema: apiSchema.toGraphQLJSSchema(),
    supergraphSchema: supergraph.schema.toGraphQLJSSchema(),
    subgraphSchemas: new Map(subgraphs.map((s) => [s.name, s.schema])),
    subgraphUrls: Object.fromEntries(subgraphs.map((s) => [s.name, s.url])),
    plan(document, operationName, key = print(document)) {
      const cacheKey = `${operationName ?? ''}\n${key}`;
      let plan = plans.get(cacheKey);
      if (!plan) {
        plan = planner.buildQueryPlan(
          operationFromDocument(apiSchema, document, { operationName: operationName ?? undefined }),
        );
        if (plans.size >= MAX_CACHED_PLANS) plans.delete(plans.keys().next().value as string);
        plans.set(cacheKey, plan);
      }
      return plan;
    },
  };
}

/**
 * The federation the gateway serves now, swapped whole when the supergraph is reloaded. Operations keep the
 * federation whose schema they were validated against (`forSchema`), so a request or subscription in flight
 * finishes on the graph it started on while new ones get the new one.
 */
export class LiveFederation {
  private readonly bySchema = new WeakMap<GraphQLSchema, Federation>();
  private readonly listeners = new Set<(federation: Federation) => void>();

  constructor(public current: Federation) {
    this.bySchema.set(current.schema, current);
  }

  swap(next: Federation): void {
    this.bySchema.set(next.schema, next);
    this.current = next;
    for (const listener of this.listeners) listener(next);
  }

  forSchema(schema: GraphQLSchema | undefined): Federation {
    return (schema && this.bySchema.get(schema)) ?? this.current;
  }

  onSwap(listener: (federation: Federation) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
