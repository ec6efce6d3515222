import { ERRORS, errorCodeDef } from '@apollo/federation-internals';
import type { ServiceMap } from '@apollo/gateway';
import { applyRewrites, isObjectOfType } from '@apollo/gateway/dist/dataRewrites';
import { GraphQLDataSourceRequestKind } from '@apollo/gateway/dist/datasources/types';
import {
  type FetchNode,
  type PlanNode,
  type QueryPlanSelectionNode,
  type SubscriptionNode,
} from '@apollo/query-planner';
import type { GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import {
  GraphQLError,
  type GraphQLFormattedError,
  type GraphQLSchema,
  Kind,
  type OperationDefinitionNode,
} from 'graphql';
import { mergeInto } from './merge';

type Data = Record<string, unknown>;
type Path = (string | number)[];

/** Where a plan node works: the objects at a path of the answer being assembled. */
interface Cursor {
  path: Path;
  data: unknown;
  full: Data;
}

interface Execution {
  serviceMap: ServiceMap;
  requestContext: GatewayGraphQLRequestContext;
  supergraphSchema: GraphQLSchema;
  operation: OperationDefinitionNode;
  errors: GraphQLError[];
}

/**
 * Runs a query plan's fetches and assembles the subgraphs' answers into one object, as Apollo's
 * `executeQueryPlan` does, with one difference that matters for large answers: an `_entities` fetch sends each
 * distinct representation once (a tariff shared by 240 services is asked for once) and merges its answer into
 * every object that needs it. Plans with @defer are not run here (the caller keeps Apollo's executor for them).
 */
export async function runPlan(
  node: PlanNode,
  execution: Omit<Execution, 'errors'>,
): Promise<{ data: Data; errors: GraphQLError[] }> {
  const data: Data = Object.create(null);
  const run: Execution = { ...execution, errors: [] };
  await executeNode(run, node, { path: [], data, full: data });
  return { data, errors: run.errors };
}

/** Whether `runPlan` can run this plan (no @defer, no subscription). */
export function runnable(node: PlanNode | SubscriptionNode | undefined): boolean {
  if (!node) return true;
  switch (node.kind) {
    case 'Sequence':
    case 'Parallel':
      return node.nodes.every(runnable);
    case 'Flatten':
      return runnable(node.node);
    case 'Condition':
      return runnable(node.ifClause) && runnable(node.elseClause);
    case 'Fetch':
      return true;
    default:
      return false;
  }
}

async function executeNode(run: Execution, node: PlanNode, cursor: Cursor | undefined): Promise<void> {
  if (!cursor) return;
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await executeNode(run, child, cursor);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => executeNode(run, child, cursor)));
      return;
    case 'Flatten':
      return executeNode(run, node.node, moveInto(cursor, node.path));
    case 'Condition': {
      const branch = conditionHolds(run, node.condition) ? node.ifClause : node.elseClause;
      if (branch) await executeNode(run, branch, cursor);
      return;
    }
    case 'Fetch':
      try {
        await executeFetch(run, node, cursor);
      } catch (error) {
        run.errors.push(error instanceof GraphQLError ? error : new GraphQLError((error as Error).message));
      }
      return;
    default:
      throw new Error(`${node.kind} nodes are not run here`);
  }
}

/** A @skip/@include variable's value: given, or the operation's default. */
function conditionHolds(run: Execution, variable: string): boolean {
  const given = run.requestContext.request.variables?.[variable];
  if (typeof given === 'boolean') return given;
  const definition = run.operation.variableDefinitions?.find((d) => d.variable.name.value === variable);
  const fallback = definition?.defaultValue;
  if (fallback?.kind === Kind.BOOLEAN) return fallback.value;
  throw new Error(`Missing value for variable $${variable} (and no default found)`);
}

async function executeFetch(run: Execution, fetch: FetchNode, cursor: Cursor): Promise<void> {
  const service = run.serviceMap[fetch.serviceName];
  if (!service) throw new Error(`Couldn't find service with name "${fetch.serviceName}"`);
  const entities = (Array.isArray(cursor.data) ? cursor.data : [cursor.data]).filter(
    (entity): entity is Data => entity !== null && entity !== undefined,
  );
  if (entities.length === 0) return;
  const variables: Data = Object.create(null);
  const given = run.requestContext.request.variables;
  for (const name of fetch.variableUsages ?? []) {
    if (given && Object.hasOwn(given, name) && given[name] !== undefined) variables[name] = given[name];
  }
  // One representation per distinct entity; `representationsOf[i]` lists the objects the i-th one answers for.
  const representationsOf: number[][] = [];
  const send = async (vars: Data): Promise<Data | undefined> => {
    const response = await service.process({
      kind: GraphQLDataSourceRequestKind.INCOMING_OPERATION,
      request: { query: fetch.operation, variables: vars, operationName: fetch.operationName },
      incomingRequestContext: run.requestContext,
      context: run.requestContext.context,
      document: fetch.operationDocumentNode,
      pathInIncomingRequest: cursor.path,
    });
    if (response.errors) {
      const pathOf = clientPaths(fetch, cursor, representationsOf);
      for (const error of response.errors) run.errors.push(downstreamError(error, fetch, pathOf));
    }
    return (response.data ?? undefined) as Data | undefined;
  };

  if (!fetch.requires) {
    const received = await send(variables);
    if (received) applyRewrites(run.supergraphSchema, fetch.outputRewrites, received);
    for (const entity of entities) mergeInto(entity, received);
    return;
  }
  const representations: Data[] = [];
  const indexByKey = new Map<string, number>();
  entities.forEach((entity, index) => {
    const representation = selectRequired(
      run.supergraphSchema,
      entity,
      fetch.requires as QueryPlanSelectionNode[],
    );
    if (!representation?.__typename) return;
    applyRewrites(run.supergraphSchema, fetch.inputRewrites, representation);
    const key = representationKey(representation);
    let at = indexByKey.get(key);
    if (at === undefined) {
      at = representations.push(representation) - 1;
      indexByKey.set(key, at);
      representationsOf.push([]);
    }
    representationsOf[at].push(index);
  });
  if (representations.length === 0) return;
  if ('representations' in variables) throw new Error('Variables cannot contain key "representations"');
  const received = await send({ ...variables, representations });
  if (!received) return;
  const answered = received._entities;
  if (!Array.isArray(answered)) throw new Error('Expected "data._entities" in response to be an array');
  if (answered.length !== representations.length)
    throw new Error(`Expected "data._entities" to contain ${representations.length} elements`);
  answered.forEach((entity: Data | null, at) => {
    if (!entity) return;
    const targets = representationsOf[at].map((index) => entities[index]);
    // Every object a representation stands for has its type (the representation carries it).
    if (!entity.__typename) entity.__typename = targets[0].__typename;
    applyRewrites(run.supergraphSchema, fetch.outputRewrites, entity);
    for (const target of targets) mergeInto(target, entity);
  });
}

/** An entity's representation: the fields `requires` names, or null when one is missing. */
function selectRequired(
  schema: GraphQLSchema,
  source: unknown,
  selections: readonly QueryPlanSelectionNode[],
): Data | null {
  if (source === null || typeof source !== 'object') return null;
  const object = source as Data;
  // A plain object: built and serialized (as a key, and to the subgraph) fastest; its keys are schema fields.
  const result: Data = {};
  for (const selection of selections) {
    if (selection.kind === Kind.FIELD) {
      const key = selection.alias ?? selection.name;
      const value = object[key];
      if (!Object.hasOwn(object, key) || value === undefined) return null;
      const inner = selection.selections;
      if (Array.isArray(value))
        result[key] = value.map((item) => (inner ? selectRequired(schema, item, inner) : item));
      else result[key] = inner ? selectRequired(schema, value, inner) : value;
    } else if (selection.typeCondition && isObjectOfType(schema, object, selection.typeCondition)) {
      const inner = selectRequired(schema, object, selection.selections);
      if (inner) mergeInto(result, inner);
    }
  }
  return result;
}

function moveInto(cursor: Cursor, path: readonly (string | number)[]): Cursor | undefined {
  const data = flattenAt(cursor.data, path);
  return data ? { path: cursor.path.concat(path as Path), data, full: cursor.full } : undefined;
}

/** The objects at `path` (`@` steps into every item of a list), one flat list however deep the lists. */
function flattenAt(value: unknown, path: readonly (string | number)[]): unknown {
  if (!path.includes('@')) {
    let at = value;
    for (const head of path) {
      if (at === undefined || at === null) return at;
      at = Object.hasOwn(at as Data, head) ? (at as Data)[head] : undefined;
    }
    return at;
  }
  const found: unknown[] = [];
  collectAt(value, path, 0, found);
  return found;
}

function collectAt(value: unknown, path: readonly (string | number)[], from: number, found: unknown[]): void {
  let at = value;
  for (let i = from; i < path.length; i++) {
    if (at === undefined || at === null) return;
    const head = path[i];
    if (head === '@') {
      for (const item of at as unknown[]) collectAt(item, path, i + 1, found);
      return;
    }
    at = Object.hasOwn(at as Data, head) ? (at as Data)[head] : undefined;
  }
  // As Apollo's: a list found at the end of the path is spread into the result, null and undefined kept.
  if (Array.isArray(at)) found.push(...at);
  else found.push(at);
}

/**
 * A representation's identity, to send each distinct one once. Most are a type and a scalar key or two: those
 * are joined by hand (a separator no JSON text has unescaped); anything else is JSON.
 */
function representationKey(representation: Data): string {
  let key = '';
  for (const name in representation) {
    const value = representation[name];
    if (typeof value === 'string' && !value.includes('\u0000')) key += `${name}\u0000${value}\u0000`;
    else if (typeof value === 'number' || typeof value === 'boolean') key += `${name}\u0001${value}\u0000`;
    else return JSON.stringify(representation);
  }
  return key;
}

/**
 * Where a subgraph's error path lands in the client's answer: moved from the subgraph's operation to the
 * client's, an `_entities` index becoming the path of the first object that representation stands for. The
 * objects' paths are found once per fetch, and only if an error needs them.
 */
function clientPaths(
  fetch: FetchNode,
  cursor: Cursor,
  representationsOf: number[][],
): (errorPath: GraphQLFormattedError['path']) => Path | undefined {
  let hydrated: Path[] | undefined;
  return (errorPath) => {
    if (fetch.requires && typeof errorPath?.[1] === 'number') {
      if (!hydrated) {
        hydrated = [];
        hydratedPaths([], cursor.path, cursor.full, hydrated);
      }
      const index = representationsOf[errorPath[1]]?.[0];
      return [...((index !== undefined ? hydrated[index] : undefined) ?? []), ...errorPath.slice(2)];
    }
    return errorPath ? [...cursor.path, ...errorPath] : undefined;
  };
}

/** A subgraph's error as the client sees it: the subgraph named, at the client's path. */
function downstreamError(
  error: GraphQLFormattedError,
  fetch: FetchNode,
  pathOf: ReturnType<typeof clientPaths>,
): GraphQLError {
  const message = error.message || `Error while fetching subquery from service "${fetch.serviceName}"`;
  const options = {
    originalError: error as Error,
    path: pathOf(error.path),
    extensions: { ...error.extensions, serviceName: fetch.serviceName },
  };
  const code = errorCodeDef(error as GraphQLError);
  if (!code && error.extensions?.code) return new GraphQLError(message, options);
  return (code ?? ERRORS.DOWNSTREAM_SERVICE_ERROR).err(message, options);
}

function hydratedPaths(parent: Path, path: Path, data: unknown, result: Path[]): void {
  if (data === null || data === undefined) return;
  const [head, ...rest] = path;
  if (head === undefined) result.push(parent.slice());
  else if (head === '@' || Array.isArray(data)) {
    (data as unknown[]).forEach((item, i) => {
      parent.push(i);
      hydratedPaths(parent, head === '@' ? rest : path, item, result);
      parent.pop();
    });
  } else if (Object.hasOwn(data as Data, head as string)) {
    parent.push(head);
    hydratedPaths(parent, rest, (data as Data)[head as string], result);
    parent.pop();
  }
}
