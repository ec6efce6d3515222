import type { ApolloServerPlugin } from '@apollo/server';
import { badInput, type FieldProblem } from '@kabinet/kit/core';
import { type ASTNode, type DocumentNode, GraphQLError, Kind, visit } from 'graphql';

const NUL = '\u0000';
const PROBLEM = 'must not contain the NUL character';

/**
 * Text with a NUL character is valid GraphQL but cannot be stored (PostgreSQL refuses it mid-transaction), so
 * the gateway refuses it up front, naming the field — in variables and in literals alike.
 */
export function nulTextProblems(
  document: DocumentNode,
  variables: Record<string, unknown> = {},
): FieldProblem[] {
  const fields: string[] = [];
  // Lists are walked like objects: their indexes become path segments (`groupIds.0`).
  const walk = (value: unknown, path: string[]) => {
    if (typeof value === 'string') {
      if (value.includes(NUL)) fields.push(path.length > 1 ? path.slice(1).join('.') : path[0]);
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  for (const [name, value] of Object.entries(variables)) walk(value, [name]);
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return;
      const named = [...ancestors, parent]
        .reverse()
        .find((a): a is ASTNode & { name: { value: string } } =>
          [Kind.ARGUMENT, Kind.OBJECT_FIELD].includes((a as ASTNode).kind),
        );
      fields.push(named?.name.value ?? 'query');
    },
  });
  return fields.map((field) => ({ field, message: PROBLEM }));
}

/** BAD_USER_INPUT naming the fields, answered with HTTP 400 like Apollo's own variable errors. */
export function nulTextError(problems: FieldProblem[]): GraphQLError {
  const error = badInput(problems);
  return new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
}

export const refuseNulText: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, request }) {
        const problems = nulTextProblems(document, request.variables);
        if (problems.length > 0) throw nulTextError(problems);
      },
    };
  },
};
