import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';

const invalid = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

function scalar<T>(
  name: string,
  description: string,
  parse: (text: string) => T,
  serialize: (value: unknown) => string,
) {
  return new GraphQLScalarType({
    name,
    description,
    serialize,
    parseValue(value) {
      if (typeof value !== 'string') throw invalid(`${name} must be a string`);
      return parse(value);
    },
    parseLiteral(ast: ValueNode) {
      if (ast.kind !== Kind.STRING) throw invalid(`${name} must be a string`);
      return parse(ast.value);
    },
  });
}

const DECIMAL = /^-?\d{1,15}(\.\d{1,2})?$/;

/** Exact decimal as a string ("1250.00"): money never travels as a float. */
export const Decimal = scalar(
  'Decimal',
  'An exact decimal number as a string, e.g. "1250.00". Money amounts are always Decimal, never Float.',
  (text) => {
    if (!DECIMAL.test(text)) throw invalid(`Decimal must look like "1250.00", got "${text}"`);
    return text;
  },
  (value) => String(value),
);

const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

export const DateTime = scalar(
  'DateTime',
  'An instant as ISO 8601 with an offset, e.g. "2026-11-25T14:35:00.000Z".',
  (text) => {
    const date = new Date(text);
    if (!ISO_DATE_TIME.test(text) || Number.isNaN(date.getTime())) {
      throw invalid(`DateTime must be ISO 8601 with an offset, got "${text}"`);
    }
    return date;
  },
  (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
);

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export const DateScalar = scalar(
  'Date',
  'A calendar date, ISO 8601 "YYYY-MM-DD".',
  (text) => {
    if (!ISO_DATE.test(text) || Number.isNaN(Date.parse(`${text}T00:00:00Z`))) {
      throw invalid(`Date must be "YYYY-MM-DD", got "${text}"`);
    }
    return text;
  },
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
);

export const scalars: Record<string, GraphQLScalarType> = { Decimal, DateTime, Date: DateScalar };
