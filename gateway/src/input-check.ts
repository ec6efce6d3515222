import type { ApolloServerPlugin } from '@apollo/server';
import { badInput, type FieldProblem } from '@kabinet/kit/core';
import {
  type ASTNode,
  coerceInputValue,
  type DocumentNode,
  GraphQLError,
  type GraphQLSchema,
  getOperationAST,
  isInputType,
  isNonNullType,
  Kind,
  typeFromAST,
  visit,
} from 'graphql';

const NUL = '\u0000';
const HAS_NUL = 'must not contain the NUL character';
/** graphql-js names a missing or unknown input field only in its message; the path stops at the object. */
const NAMED_FIELD = /^Field "(\w+)" (?:is not defined by type|of required type)/;

/**
 * Everything wrong with an operation's input, field by field, before any subgraph sees it: each variable
 * coerced by the gateway's schema (with the subgraphs' own scalar rules, see `scalars.ts`), then text with a
 * NUL character — valid GraphQL that PostgreSQL cannot store — in variables and literals.
 * Fields are named like every BAD_USER_INPUT: inside an input object (`amount`, `groupIds.0`), else the variable.
 */
export function inputProblems(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName: string | null | undefined,
  variables: Record<string, unknown>,
): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const fieldOf = (variable: string, path: readonly (string | number)[]) =>
    (typeof path[0] === 'string' ? path : [variable, ...path]).join('.');
  const definitions = getOperationAST(document, operationName)?.variableDefinitions ?? [];
  for (const definition of definitions) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type);
    if (!type || !isInputType(type)) continue; // validation has refused the operation already
    const value = variables[name];
    if (value === undefined) {
      if (isNonNullType(type) && !definition.defaultValue)
        problems.push({ field: name, message: 'is required' });
      continue;
    }
    coerceInputValue(value, type, (path, _invalid, error) => {
      const named = NAMED_FIELD.exec(error.message)?.[1];
      problems.push({ field: fieldOf(name, named ? [...path, named] : path), message: error.message });
    });
  }
  // Declared variables only, and only once they are well-typed: their depth is bounded by the schema's.
  if (problems.length > 0) return problems;
  const walk = (value: unknown, path: (string | number)[]) => {
    if (typeof value === 'string') {
      if (value.includes(NUL))
        problems.push({ field: fieldOf(String(path[0]), path.slice(1)), message: HAS_NUL });
    } else if (value && typeof value === 'object') {
      for (const [key, item] of Object.entries(value))
        walk(item, [...path, Array.isArray(value) ? Number(key) : key]);
    }
  };
  for (const { variable } of definitions) walk(variables[variable.name.value], [variable.name.value]);
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!node.value.includes(NUL)) return;
      // The argument's name, or the input fields below it (`address.city`), as for a variable.
      const names: string[] = [];
      for (const ancestor of [...ancestors, parent] as ASTNode[]) {
        if (ancestor?.kind === Kind.ARGUMENT) names.splice(0, names.length, ancestor.name.value);
        else if (ancestor?.kind === Kind.OBJECT_FIELD) names.push(ancestor.name.value);
      }
      problems.push({
        field: (names.length > 1 ? names.slice(1) : names).join('.') || 'query',
        message: HAS_NUL,
      });
    },
  });
  return problems;
}

/** Apollo's pipeline: refused with HTTP 400 before the gateway plans anything, like its own variable errors. */
export const inputCheck: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        const problems = inputProblems(schema, document, request.operationName, request.variables ?? {});
        if (problems.length === 0) return;
        const error = badInput(problems);
        throw new GraphQLError(error.message, { extensions: { ...error.extensions, http: { status: 400 } } });
      },
    };
  },
};
