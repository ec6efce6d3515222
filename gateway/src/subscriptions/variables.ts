import { ErrorCode, variableProblems } from '@kabinet/kit/core';
import { type ExecutionArgs, GraphQLError, getOperationAST, getVariableValues } from 'graphql';
import { nulTextError, nulTextProblems } from '../nul-text';

/**
 * Subscriptions bypass Apollo's request pipeline, which checks the variables of every other operation; they
 * are checked here the same way, so a malformed `after` is refused instead of being read as "live only".
 */
export function variableErrors(args: ExecutionArgs): GraphQLError[] | null {
  const operation = getOperationAST(args.document, args.operationName);
  const { errors } = getVariableValues(
    args.schema,
    operation?.variableDefinitions ?? [],
    (args.variableValues ?? {}) as Record<string, unknown>,
  );
  if (!errors) {
    const nulText = nulTextProblems(args.document, args.variableValues as Record<string, unknown>);
    return nulText.length > 0 ? [nulTextError(nulText)] : null;
  }
  return errors.map((error) => {
    const fields = variableProblems(error.message);
    return new GraphQLError(error.message, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, ...(fields && { fields }) },
    });
  });
}
