import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  getNamedType,
  getNullableType,
  getOperationAST,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type SelectionSetNode,
  valueFromAST,
} from 'graphql';
import { COST_WEIGHTS, LIST_SIZES } from './cost-weights';

/** What one operation may ask for. Checked before planning, so no subgraph ever sees a refused operation. */
export interface OperationLimits {
  /** Nested selections below the root (`{ me { company { name } } }` is 3 deep). */
  maxDepth: number;
  maxAliases: number;
  maxRootFields: number;
  maxDirectives: number;
  /** Field selections after expanding fragments: the size of the answer's shape. */
  maxFields: number;
  /** The estimated number of values the answer holds (see `operationCost`). */
  maxCost: number;
  /** Lexical tokens of the document: parsing itself costs time. */
  maxTokens: number;
}

export const DEFAULT_LIMITS: OperationLimits = {
  maxDepth: 12,
  maxAliases: 30,
  maxRootFields: 20,
  maxDirectives: 30,
  maxFields: 1_000,
  maxCost: 25_000,
  maxTokens: 10_000,
};

/**
 * How many items a list is assumed to hold. A connection: its `first`/`last` argument, else the argument's
 * default in the schema, else the kit's default page size. A list without paging: 50 — such lists are a
 * company's or an account's own small collections (users, groups, services); one that can grow past that must
 * become a connection (and until then each subgraph's answer-size ceiling bounds what it can cost).
 */
export const DEFAULT_PAGE_SIZE = 20;
export const UNPAGED_LIST_SIZE = 50;
const PAGE_ARGUMENTS = ['first', 'last'];

export interface OperationShape {
  depth: number;
  aliases: number;
  rootFields: number;
  directives: number;
  fields: number;
  cost: number;
}

/**
 * The shape of the operation to run, fragments expanded: depth, aliases, fields and the cost — each field costs
 * one, times the size of every list it sits in. `{ me { company { users { company { users { login } } } } } }`
 * costs 20 × 20 logins and more, however short the text.
 */
export function operationShape(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: OperationLimits,
  weights: Readonly<Record<string, number>> = COST_WEIGHTS,
  listSizes: Readonly<Record<string, number>> = LIST_SIZES,
): OperationShape | null {
  const operation = getOperationAST(document, operationName);
  const root = operation && schema.getRootType(operation.operation);
  if (!operation || !root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const shape: OperationShape = { depth: 0, aliases: 0, rootFields: 0, directives: 0, fields: 0, cost: 0 };
  shape.directives += operation.directives?.length ?? 0;

  /** The fields a selection set selects, each with the type it is selected on (fragments narrow it). */
  let expanded = 0;
  const fieldsOf = (selectionSet: SelectionSetNode, type: GraphQLNamedType, seen: Set<string>): Selected[] =>
    selectionSet.selections.flatMap((selection): Selected[] => {
      shape.directives += selection.directives?.length ?? 0;
      // Fragments that spread each other twice double at every level: stop expanding past the field limit.
      if (++expanded > limits.maxFields) throw STOP;
      if (selection.kind === Kind.FIELD) return [{ field: selection, type }];
      const fragment =
        selection.kind === Kind.INLINE_FRAGMENT ? selection : fragments.get(selection.name.value);
      // A cycle cannot pass validation; the guard only keeps a bug from looping.
      if (!fragment || (selection.kind === Kind.FRAGMENT_SPREAD && seen.has(selection.name.value))) return [];
      const narrowed = fragment.typeCondition ? schema.getType(fragment.typeCondition.name.value) : type;
      const inside =
        selection.kind === Kind.FRAGMENT_SPREAD ? new Set([...seen, selection.name.value]) : seen;
      return fieldsOf(fragment.selectionSet, narrowed ?? type, inside);
    });

  const pageOf = (field: FieldNode, definition: GraphQLField<unknown, unknown>): number => {
    for (const name of PAGE_ARGUMENTS) {
      const declared = definition.args.find((a) => a.name === name);
      if (!declared) continue;
      const argument = field.arguments?.find((a) => a.name.value === name);
      const value = argument ? valueFromAST(argument.value, declared.type, variables) : declared.defaultValue;
      if (typeof value === 'number' && value > 0) return value;
    }
    return DEFAULT_PAGE_SIZE;
  };

  /** The cost of a selection set on `type`, reached at `depth`. */
  const costOf = (selectionSet: SelectionSetNode, type: GraphQLNamedType, depth: number): number => {
    shape.depth = Math.max(shape.depth, depth);
    if (shape.depth > limits.maxDepth) throw STOP;
    let cost = 0;
    for (const { field, type: parent } of fieldsOf(selectionSet, type, new Set())) {
      shape.fields += 1;
      if (field.alias) shape.aliases += 1;
      const definition =
        isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[field.name.value] : undefined;
      const coordinate = `${parent.name}.${field.name.value}`;
      const weight = weights[coordinate] ?? 1;
      if (!definition || !field.selectionSet) {
        cost += weight;
        continue;
      }
      const pagedBy = definition.args.some((a) => PAGE_ARGUMENTS.includes(a.name));
      // A connection's size is its page; the edges list inside it is that same page, counted once.
      const inConnection = parent.name.endsWith('Connection');
      const list = isListType(getNullableType(definition.type));
      const unpaged = listSizes[coordinate] ?? UNPAGED_LIST_SIZE;
      const times = pagedBy ? pageOf(field, definition) : list && !inConnection ? unpaged : 1;
      cost += weight + times * costOf(field.selectionSet, getNamedType(definition.type), depth + 1);
    }
    return cost;
  };

  try {
    shape.rootFields = fieldsOf(operation.selectionSet, root, new Set()).length;
    shape.directives = operation.directives?.length ?? 0;
    expanded = 0;
    shape.cost = costOf(operation.selectionSet, root, 1);
  } catch (error) {
    if (error !== STOP) throw error;
    // Stopped at a limit: the shape is at least this large, which is all the caller needs to know.
    shape.fields = Math.max(shape.fields, expanded);
    shape.cost = Number.POSITIVE_INFINITY;
  }
  return shape;
}

interface Selected {
  field: FieldNode;
  type: GraphQLNamedType;
}
const STOP = Symbol('limit reached');

const refusal = (code: 'QUERY_TOO_DEEP' | 'QUERY_TOO_COMPLEX', what: string, max: number, actual: number) =>
  new GraphQLError(
    `The operation is too ${code === 'QUERY_TOO_DEEP' ? 'deep' : 'complex'}: ${what} ${actual}, at most ${max}`,
    {
      extensions: { code, limit: { name: what, max, actual }, http: { status: 400 } },
    },
  );

/** The first limit an operation's shape breaks, as the error the client gets; null when it keeps them all. */
export function limitViolation(shape: OperationShape, limits: OperationLimits): GraphQLError | null {
  if (shape.depth > limits.maxDepth) return refusal('QUERY_TOO_DEEP', 'depth', limits.maxDepth, shape.depth);
  const checks: [string, number, number][] = [
    ['root fields', limits.maxRootFields, shape.rootFields],
    ['aliases', limits.maxAliases, shape.aliases],
    ['directives', limits.maxDirectives, shape.directives],
    ['fields', limits.maxFields, shape.fields],
    ['cost', limits.maxCost, shape.cost],
  ];
  for (const [what, max, actual] of checks) {
    if (actual > max) return refusal('QUERY_TOO_COMPLEX', what, max, actual);
  }
  return null;
}

const unresolvedOperation = (name: string | undefined) =>
  new GraphQLError(
    name
      ? `Unknown operation named "${name}"`
      : 'The document has several operations: name one in operationName',
    { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } },
  );

/** The first limit an operation breaks (see `limitViolation`); null for one that keeps them or is not there. */
export function operationLimitViolation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
  limits: OperationLimits,
): GraphQLError | null {
  const shape = operationShape(schema, document, operationName, variables, limits);
  return shape && limitViolation(shape, limits);
}

/**
 * The limits in Apollo's pipeline: refused with HTTP 400 after validation, before the gateway plans anything.
 * `measured` is told each admitted operation's shape (the cost budget spends its cost).
 */
export const limitsPlugin = <C extends BaseContext>(
  limits: OperationLimits,
  measured: (context: C, shape: OperationShape) => void = () => {},
): ApolloServerPlugin<C> => ({
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operation, contextValue }) {
        // Apollo leaves this to the executor, where the gateway's planner throws an uncoded error (a 500).
        if (!operation) throw unresolvedOperation(request.operationName);
        const shape = operationShape(
          schema,
          document,
          request.operationName,
          request.variables ?? {},
          limits,
        );
        const violation = shape && limitViolation(shape, limits);
        if (violation) throw violation;
        if (shape) measured(contextValue, shape);
      },
    };
  },
});
