import { GraphQLError, type GraphQLFormattedError } from 'graphql';

/** The one list of error codes clients can rely on (see the design doc, "Conventions of the API"). */
export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  RATE_LIMITED: 'RATE_LIMITED',
  PRECONDITION_FAILED: 'PRECONDITION_FAILED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The gateway could not reach the subgraph that serves a field (down, timed out, its circuit open). */
  SUBGRAPH_UNAVAILABLE: 'SUBGRAPH_UNAVAILABLE',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** One bad field of an input: `field` is its path inside the input (e.g. `inn`), `message` says why. */
export interface FieldProblem {
  field: string;
  message: string;
}

export const unauthenticated = (message = 'Authentication required') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.UNAUTHENTICATED } });

export const forbidden = (message = 'Not allowed') =>
  new GraphQLError(message, { extensions: { code: ErrorCode.FORBIDDEN } });

export const notFound = (what: string, field?: string) =>
  new GraphQLError(`${what} not found`, {
    extensions: { code: ErrorCode.NOT_FOUND, ...(field && { fields: [{ field, message: 'not found' }] }) },
  });

/** Someone else got there first (a taken slot, a held number), naming the field when there is one. */
export const conflict = (message: string, fields?: FieldProblem[]) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.CONFLICT, ...(fields && { fields }) } });

/** The request is valid but the record's state does not allow it now (e.g. a used code, a workflow move). */
export const preconditionFailed = (message: string, fields?: FieldProblem[]) =>
  new GraphQLError(message, {
    extensions: { code: ErrorCode.PRECONDITION_FAILED, ...(fields && { fields }) },
  });

export const rateLimited = (message: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.RATE_LIMITED } });

export const badInput = (fields: FieldProblem[]) =>
  new GraphQLError(`Invalid input: ${fields.map((f) => `${f.field}: ${f.message}`).join('; ')}`, {
    extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
  });

/** The JSON body of an error answered outside GraphQL (uploads, the gateway check), shaped like GraphQL's. */
export const errorBody = (
  code:
    | ErrorCode
    | 'SERVICE_UNAVAILABLE'
    | 'BAD_REQUEST'
    | 'PAYLOAD_TOO_LARGE'
    | 'BATCH_TOO_LARGE'
    | 'PERSISTED_QUERY_NOT_FOUND'
    | 'TRUSTED_DOCUMENT_REQUIRED',
  message: string,
  field?: string,
) => ({
  errors: [{ message, extensions: { code, ...(field && { fields: [{ field, message }] }) } }],
});

/** Throws BAD_USER_INPUT naming every problem at once, so a form can show them all. */
export function assertValid(problems: FieldProblem[]): void {
  if (problems.length > 0) throw badInput(problems);
}

const knownCodes = new Set<string>([
  ...Object.values(ErrorCode),
  // Raised by graphql-js / Apollo before our code runs: already safe and meaningful to clients.
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
  'TRUSTED_DOCUMENT_REQUIRED',
  'OPERATION_RESOLUTION_FAILURE',
  'BAD_REQUEST',
  // The gateway's limits on an operation's shape (depth, cost, …), and a subgraph's on an answer's size.
  'QUERY_TOO_DEEP',
  'QUERY_TOO_COMPLEX',
  'RESPONSE_TOO_LARGE',
]);

/**
 * Masks anything that is not a deliberate client-facing error: the client gets a generic
 * INTERNAL_SERVER_ERROR, the details go to the log only. Never leaks stack traces.
 */
export function maskError(
  formatted: GraphQLFormattedError,
  onInternal: (formatted: GraphQLFormattedError) => void,
): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && knownCodes.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  onInternal(formatted);
  return {
    message: 'Internal server error',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
