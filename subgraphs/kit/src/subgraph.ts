import type { RequestHandler } from 'express';
import type { DocumentNode, GraphQLFieldResolver, GraphQLScalarType } from 'graphql';
import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { RequestOrigin } from './core/forwarded';
import type { Logger } from './core/logger';
import type { Viewer } from './core/viewer';
import type { DemoPlan } from './demo-plan';
import type { EventBus } from './events/bus';

/** What a resolver may add to its mutation's audit event (who acted, for which company), when it knows better. */
export interface AuditNote {
  /** The actor, when the caller was anonymous but became known (e.g. a successful login). */
  actorId?: string;
  /** The company the change concerns, when staff act on one (defaults to the caller's company). */
  companyId?: string | null;
  /** Set by the plugin: the mutation's event, to write with its first transaction. */
  pending?: { action: string; target: string };
  /** Set once that transaction committed with the event. */
  recorded?: boolean;
}

/** What every resolver of every subgraph receives. */
export interface SubgraphContext<Loaders> {
  origin: RequestOrigin;
  viewer: Viewer | null;
  /** Created per request (per event in a subscription), so batching and caching never cross them or callers. */
  loaders: Loaders;
  db: DataSource;
  /** This subgraph's live events, for subscriptions. */
  events: EventBus;
  log: Logger;
  /** Set by a mutation's resolver to complete its audit event (see `auditPlugin`). */
  audit: AuditNote;
}

/** What a domain change needs of the request besides its transaction: the audit note and the log. */
export type ChangeContext = Pick<SubgraphContext<unknown>, 'audit' | 'log'>;

// biome-ignore lint/suspicious/noExplicitAny: each resolver names its own parent's type; the map cannot know them.
type FieldResolver<Loaders> = GraphQLFieldResolver<any, SubgraphContext<Loaders>>;

/**
 * A subgraph's resolver map, typed by its loaders: the shape `buildSubgraphSchema` takes (Apollo keeps its
 * own type out of the package's public entry point).
 */
export type Resolvers<Loaders> = {
  [typeName: string]:
    | {
        [fieldName: string]:
          | FieldResolver<Loaders>
          | { requires?: string; resolve?: FieldResolver<Loaders>; subscribe?: FieldResolver<Loaders> };
      }
    | GraphQLScalarType
    | { [enumValue: string]: string | number };
};

/** Everything that makes a subgraph: the kit turns this into a running service. */
export interface SubgraphDefinition<Loaders = unknown> {
  /** The subgraph's name in the supergraph, and the PostgreSQL schema it owns. */
  name: string;
  sdl: string;
  typeDefs: DocumentNode;
  resolvers: Resolvers<Loaders>;
  entities: MixedList<string | (new () => unknown) | EntitySchema>;
  migrations: MixedList<string | (new () => unknown)>;
  createLoaders(db: DataSource, viewer: Viewer | null): Loaders;
  /**
   * Development only: writes this subgraph's share of a demo world; must be idempotent. `npm start` (through
   * dev/stack/with-demo-data.mjs) and the tests call it; the running service never does.
   */
  seed?(db: DataSource, plan: DemoPlan): Promise<void>;
  /**
   * Plain HTTP endpoints besides /graphql (e.g. file uploads), mounted at `path` behind the same gateway
   * credential check: reachable only through the gateway.
   */
  http?: { path: string; handler(deps: { db: DataSource; log: Logger }): RequestHandler }[];
  /** Background work that runs while the server does (e.g. durable consumers of other subgraphs' events). */
  workers?(deps: { db: DataSource; log: Logger }): { stop(): Promise<void> }[];
  /** Runs once the migrations are applied, before serving: what a new deployment needs (e.g. a first user). */
  prepare?(deps: { db: DataSource; log: Logger }): Promise<void>;
}
