import {
  type DirectiveNode,
  type FieldNode,
  type FragmentDefinitionNode,
  GraphQLError,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getNamedType,
  isAbstractType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
  typeFromAST,
  valueFromAST,
} from 'graphql';

/** One response key of an object of one runtime type, with every field node that asks for it. */
interface Collected {
  key: string;
  /** Null for `__typename`, which answers the runtime type's name. */
  type: TypeShape | null;
  subSelections: SelectionSetNode[];
  /** The key's own selection per runtime type of its value, compiled on first sight of that type. */
  byType: Map<string, CompiledObject>;
}

/** The fields an object of one runtime type answers; `typename` null when only an abstract type is known. */
interface CompiledObject {
  fields: Collected[];
  typename: string | null;
}

/** A field's type unwrapped once, so answers are walked without asking graphql-js what each wrapper is. */
interface TypeShape {
  nonNull: boolean;
  /** The item type of a list. */
  item: TypeShape | null;
  leaf: boolean;
  named: GraphQLNamedType;
}

function typeShape(type: GraphQLOutputType): TypeShape {
  const nonNull = isNonNullType(type);
  const inner = nonNull ? type.ofType : type;
  if (isListType(inner))
    return { nonNull, item: typeShape(inner.ofType), leaf: false, named: getNamedType(inner) };
  return { nonNull, item: null, leaf: isLeafType(inner), named: inner as GraphQLNamedType };
}

type Data = Record<string, unknown>;

/** A value that broke a non-null rule: its parent becomes null, up to the nearest nullable field. */
const INVALID = Symbol('invalid');

interface Run {
  errors: GraphQLError[];
  path: (string | number)[];
}

/**
 * Turns what the subgraphs answered (keys fetched for joins, fields of every type a fragment asked about) into
 * the response the operation asked for: the client's keys in the client's order, `__typename` as the runtime
 * type, fragments applied by runtime type, invalid leaves and nulls in non-null positions nulled up to the
 * nearest nullable field — what Apollo's `computeResponse` does, but compiled once per operation and runtime
 * type instead of walking the operation's selections for every object of every answer.
 */
export class ResponseShape {
  /** Compiled selections per @skip/@include outcome (most operations have one). */
  private readonly roots = new Map<string, Collected[]>();
  private readonly conditionVariables: string[];

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly operation: OperationDefinitionNode,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {
    this.conditionVariables = conditionVariablesOf(operation, fragments);
  }

  shape(input: Data, variables: Record<string, unknown>): { data: Data | null; errors: GraphQLError[] } {
    // Only @skip/@include read variables here: without them, nothing to default.
    const values = this.conditionVariables.length ? this.variableValues(variables) : variables;
    const signature = this.conditionVariables.map((name) => (values[name] ? 1 : 0)).join('');
    let root = this.roots.get(signature);
    const rootType = this.schema.getRootType(this.operation.operation);
    if (!rootType) throw new Error(`no ${this.operation.operation} type`);
    if (!root) {
      root = this.collect(rootType, [this.operation.selectionSet], values);
      this.roots.set(signature, root);
    }
    const run: Run = { errors: [], path: [] };
    const data = this.object(input, { fields: root, typename: rootType.name }, run, values);
    return { data: data === INVALID ? null : data, errors: run.errors };
  }

  /** The request's variables with the operation's defaults for those not given (what @skip/@include read). */
  private variableValues(variables: Record<string, unknown>): Record<string, unknown> {
    const values: Record<string, unknown> = { ...variables };
    for (const definition of this.operation.variableDefinitions ?? []) {
      const name = definition.variable.name.value;
      if (values[name] === undefined && definition.defaultValue)
        values[name] = valueFromAST(
          definition.defaultValue,
          typeFromAST(this.schema, definition.type) as GraphQLInputType,
        );
    }
    return values;
  }

  private object(
    input: Data,
    object: CompiledObject,
    run: Run,
    values: Record<string, unknown>,
  ): Data | typeof INVALID {
    const output: Data = {};
    for (const field of object.fields) {
      let value: unknown;
      if (!field.type) {
        if (object.typename === null) return INVALID;
        value = object.typename;
      } else {
        run.path.push(field.key);
        value = this.value(input[field.key] ?? null, field, field.type, run, values);
        run.path.pop();
        if (value === INVALID) return INVALID;
      }
      // A plain object serializes fastest; an alias `__proto__` must not become its prototype.
      if (field.key === '__proto__') Object.defineProperty(output, field.key, { value, enumerable: true });
      else output[field.key] = value;
    }
    return output;
  }

  private value(
    input: unknown,
    field: Collected,
    type: TypeShape,
    run: Run,
    values: Record<string, unknown>,
  ): unknown {
    if (type.nonNull) {
      const errorsBefore = run.errors.length;
      const value = input === null ? null : this.nullable(input, field, type, run, values);
      if (value === null || value === INVALID) {
        // One error per null: a null that bubbled up from below has been reported there already.
        if (value === null && run.errors.length === errorsBefore)
          run.errors.push(invalid(`Cannot return null for non-nullable ${this.described(run)}.`, run));
        return INVALID;
      }
      return value;
    }
    return input === null ? null : this.nullable(input, field, type, run, values);
  }

  private nullable(
    input: unknown,
    field: Collected,
    type: TypeShape,
    run: Run,
    values: Record<string, unknown>,
  ) {
    if (type.item) {
      if (!Array.isArray(input)) return this.wrong(run);
      const list: unknown[] = new Array(input.length);
      let broken = false;
      for (let i = 0; i < input.length; i++) {
        run.path.push(i);
        const item = this.value(input[i] ?? null, field, type.item, run, values);
        run.path.pop();
        if (item === INVALID) broken = true;
        list[i] = item;
      }
      return broken ? null : list;
    }
    if (type.leaf) return validLeaf(input, type.named) ? input : this.wrong(run);
    if (typeof input !== 'object') return this.wrong(run);
    const typename = (input as Data).__typename;
    const name = typeof typename === 'string' ? typename : type.named.name;
    let object = field.byType.get(name);
    if (!object) {
      const runtimeType = this.schema.getType(name);
      if (!runtimeType || isLeafType(runtimeType) || isInputObjectType(runtimeType)) {
        run.errors.push(invalid(`Invalid __typename found for object at ${this.described(run)}.`, run));
        return null;
      }
      object = {
        fields: this.collect(runtimeType, field.subSelections, values),
        typename: isObjectType(runtimeType) ? runtimeType.name : null,
      };
      field.byType.set(name, object);
    }
    const output = this.object(input as Data, object, run, values);
    return output === INVALID ? null : output;
  }

  /** A value not of its field's type: null, and an error saying where. */
  private wrong(run: Run): null {
    run.errors.push(invalid(`Invalid value found for ${this.described(run)}.`, run));
    return null;
  }

  private described(run: Run): string {
    const last = run.path[run.path.length - 1];
    return typeof last === 'number' ? `array element at index ${last}` : `field ${String(last)}`;
  }

  /** The fields an object of `runtimeType` answers for these selection sets, grouped by response key. */
  private collect(
    runtimeType: GraphQLNamedType,
    selectionSets: readonly SelectionSetNode[],
    values: Record<string, unknown>,
  ): Collected[] {
    const byKey = new Map<string, Collected>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (!included(selection.directives, values)) continue;
        if (selection.kind === Kind.FIELD) this.addField(byKey, runtimeType, selection);
        else if (selection.kind === Kind.INLINE_FRAGMENT) {
          const condition = selection.typeCondition?.name.value;
          if (!condition || this.applies(condition, runtimeType)) visit(selection.selectionSet);
        } else {
          const fragment = this.fragments[selection.name.value];
          if (fragment && this.applies(fragment.typeCondition.name.value, runtimeType))
            visit(fragment.selectionSet);
        }
      }
    };
    for (const set of selectionSets) visit(set);
    return [...byKey.values()];
  }

  private addField(byKey: Map<string, Collected>, runtimeType: GraphQLNamedType, node: FieldNode) {
    const key = node.alias?.value ?? node.name.value;
    const known = byKey.get(key);
    if (known) {
      if (node.selectionSet) known.subSelections.push(node.selectionSet);
      return;
    }
    let type: TypeShape | null = null;
    if (node.name.value !== '__typename') {
      const fields = isObjectType(runtimeType) || isInterfaceType(runtimeType) ? runtimeType.getFields() : {};
      const definition = (fields as ReturnType<GraphQLObjectType['getFields']>)[node.name.value];
      if (!definition) throw new Error(`${runtimeType.name}.${node.name.value} is not in the schema`);
      type = typeShape(definition.type);
    }
    byKey.set(key, {
      key,
      type,
      subSelections: node.selectionSet ? [node.selectionSet] : [],
      byType: new Map(),
    });
  }

  /** Whether a fragment on `condition` applies to an object of `runtimeType` (the type or one of its kinds). */
  private applies(condition: string, runtimeType: GraphQLNamedType): boolean {
    if (condition === runtimeType.name) return true;
    const conditionType = this.schema.getType(condition);
    return (
      !!conditionType &&
      isAbstractType(conditionType) &&
      (isObjectType(runtimeType) || 'getInterfaces' in runtimeType) &&
      this.schema.isSubType(conditionType, runtimeType as never)
    );
  }
}

/** The variables @skip/@include read anywhere in the operation, in a fixed order. */
function conditionVariablesOf(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
): string[] {
  const names = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      for (const directive of selection.directives ?? []) {
        const argument = directive.arguments?.find((a) => a.name.value === 'if');
        if (argument?.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
      }
      if (selection.kind !== Kind.FRAGMENT_SPREAD) visit(selection.selectionSet);
    }
  };
  visit(operation.selectionSet);
  for (const fragment of Object.values(fragments)) visit(fragment.selectionSet);
  return [...names].sort();
}

function included(
  directives: readonly DirectiveNode[] | undefined,
  values: Record<string, unknown>,
): boolean {
  if (!directives?.length) return true;
  for (const directive of directives) {
    const name = directive.name.value;
    if (name !== 'skip' && name !== 'include') continue;
    const argument = directive.arguments?.find((a) => a.name.value === 'if');
    if (!argument) continue;
    const value =
      argument.value.kind === Kind.VARIABLE
        ? values[argument.value.name.value] === true
        : argument.value.kind === Kind.BOOLEAN && argument.value.value;
    if (name === 'skip' ? value : !value) return false;
  }
  return true;
}

const INTEGER = /^-?(?:0|[1-9][0-9]*)$/;

/** Apollo's rule for a leaf a subgraph returned: custom scalars anything, built-ins and enums of their kind. */
function validLeaf(value: unknown, type: GraphQLNamedType): boolean {
  switch (type.name) {
    case 'Boolean':
      return typeof value === 'boolean';
    case 'Int':
    case 'ID':
      if (typeof value === 'number') return Number.isFinite(value) && INTEGER.test(String(value));
      return type.name === 'ID' && typeof value === 'string';
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'String':
      return typeof value === 'string';
  }
  if (isEnumType(type)) return typeof value === 'string' && type.getValue(value) !== undefined;
  return true;
}

const invalid = (message: string, run: Run) =>
  new GraphQLError(message, { path: [...run.path], extensions: { code: 'INVALID_GRAPHQL' } });
