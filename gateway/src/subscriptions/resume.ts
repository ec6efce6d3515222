import type { Schema } from '@apollo/federation-internals';
import {
  type ArgumentNode,
  type DocumentNode,
  type FieldNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  valueFromASTUntyped,
} from 'graphql';

export const AFTER_VARIABLE = '__kabinet_after';
export const SEQUENCE_ALIAS = '__kabinet_sequence';

export interface ResumableOperation {
  /** The subgraph operation, rewritten so the gateway controls `after` and always receives the sequence. */
  query: string;
  /** Whether the subgraph field can resume (has `after` and returns a `sequence`). */
  resumable: boolean;
  /** The variable that carries `after` in `query`: the client's own, or one the gateway added. */
  afterVariable: string;
  /** The `after` the client asked for, if any (literal or variable value). */
  initialAfter(variables: Record<string, unknown>): number | null;
}

/**
 * Rewrites the planner's subscription fetch so that, when the subgraph field supports it, the gateway can
 * resubscribe after a drop from the last sequence it delivered: `after` becomes a gateway variable and
 * the event's `sequence` is fetched under an alias the client never sees.
 */
export function makeResumable(operation: string, subgraphSchema: Schema | undefined): ResumableOperation {
  const document = parse(operation);
  const definition = document.definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const field = definition?.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD);
  const rootType = subgraphSchema?.schemaDefinition.root('subscription')?.type;
  const fieldDefinition = field ? rootType?.field(field.name.value) : undefined;
  const returnType = fieldDefinition?.type ? baseTypeName(String(fieldDefinition.type)) : undefined;
  const returnsSequence = returnType
    ? !!subgraphSchema?.type(returnType) && hasField(subgraphSchema, returnType, 'sequence')
    : false;
  const resumable = !!(definition && field && fieldDefinition?.argument('after') && returnsSequence);
  if (!resumable || !definition || !field) {
    return { query: operation, resumable: false, afterVariable: AFTER_VARIABLE, initialAfter: () => null };
  }

  const given = field.arguments?.find((a) => a.name.value === 'after');
  // A client that passes `after` as a variable keeps it: the gateway just sets that variable on resume.
  const clientVariable = given?.value.kind === Kind.VARIABLE ? given.value.name.value : null;
  const afterVariable = clientVariable ?? AFTER_VARIABLE;
  const afterArgument: ArgumentNode = {
    kind: Kind.ARGUMENT,
    name: { kind: Kind.NAME, value: 'after' },
    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: afterVariable } },
  };
  const sequence: FieldNode = {
    kind: Kind.FIELD,
    alias: { kind: Kind.NAME, value: SEQUENCE_ALIAS },
    name: { kind: Kind.NAME, value: 'sequence' },
  };
  const rewrittenField: FieldNode = {
    ...field,
    arguments: [...(field.arguments ?? []).filter((a) => a.name.value !== 'after'), afterArgument],
    selectionSet: field.selectionSet && {
      ...field.selectionSet,
      selections: [...field.selectionSet.selections, sequence],
    },
  };
  const rewritten: DocumentNode = {
    ...document,
    definitions: document.definitions.map((d) =>
      d === definition
        ? {
            ...definition,
            variableDefinitions: [
              ...(definition.variableDefinitions ?? []),
              ...(clientVariable
                ? []
                : [
                    {
                      kind: Kind.VARIABLE_DEFINITION,
                      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: AFTER_VARIABLE } },
                      type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'Int' } },
                    } as const,
                  ]),
            ],
            selectionSet: {
              ...definition.selectionSet,
              selections: definition.selectionSet.selections.map((s) => (s === field ? rewrittenField : s)),
            },
          }
        : d,
    ),
  };
  return {
    query: print(rewritten),
    resumable: true,
    afterVariable,
    initialAfter: (variables) => {
      if (!given) return null;
      const value = valueFromASTUntyped(given.value, variables);
      return typeof value === 'number' ? value : null;
    },
  };
}

const baseTypeName = (type: string) => type.replace(/[[\]!]/g, '');

function hasField(schema: Schema, typeName: string, fieldName: string): boolean {
  const type = schema.type(typeName);
  return !!type && 'field' in type && typeof type.field === 'function' && !!type.field(fieldName);
}
