import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import type { GatewayContext } from '../context';

interface Waiter {
  start: number;
  count: number;
  resolve(response: GatewayGraphQLResponse): void;
  reject(error: unknown): void;
}

interface Batch {
  options: GraphQLDataSourceProcessOptions<GatewayContext>;
  representations: unknown[];
  waiters: Waiter[];
}

/**
 * Subscription events arrive in bursts, and each one completes its plan with an `_entities` fetch of a few
 * representations. This merges the fetches of one tick that share operation, variables and caller into one
 * call to the subgraph, then hands each event its slice of the answer (errors re-pathed to match).
 */
export class EntityBatcher implements GraphQLDataSource<GatewayContext> {
  private readonly pending = new Map<string, Batch>();

  constructor(private readonly source: GraphQLDataSource<GatewayContext>) {}

  process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request, context } = options;
    const { representations, ...variables } = (request.variables ?? {}) as Record<string, unknown>;
    if (!Array.isArray(representations)) return this.source.process(options);
    const key = JSON.stringify([request.query, variables, context?.origin?.viewer ?? null]);
    let batch = this.pending.get(key);
    if (!batch) {
      const fresh: Batch = { options, representations: [], waiters: [] };
      batch = fresh;
      this.pending.set(key, fresh);
      setImmediate(() => this.flush(key, fresh));
    }
    const start = batch.representations.length;
    batch.representations.push(...representations);
    const waiters = batch.waiters;
    return new Promise((resolve, reject) => {
      waiters.push({ start, count: representations.length, resolve, reject });
    });
  }

  private async flush(key: string, batch: Batch) {
    this.pending.delete(key);
    const { options } = batch;
    try {
      const response = await this.source.process({
        ...options,
        request: {
          ...options.request,
          variables: { ...options.request.variables, representations: batch.representations },
        },
      });
      const entities = (response.data as { _entities?: unknown[] } | undefined)?._entities;
      for (const waiter of batch.waiters) {
        const end = waiter.start + waiter.count;
        const errors = response.errors?.flatMap((error) => {
          const index = error.path?.[0] === '_entities' ? Number(error.path[1]) : null;
          if (index === null) return [error];
          if (index < waiter.start || index >= end) return [];
          return [{ ...error, path: ['_entities', index - waiter.start, ...(error.path ?? []).slice(2)] }];
        });
        waiter.resolve({
          ...response,
          data: entities ? { _entities: entities.slice(waiter.start, end) } : response.data,
          errors: errors?.length ? errors : undefined,
        });
      }
    } catch (error) {
      for (const waiter of batch.waiters) waiter.reject(error);
    }
  }
}
