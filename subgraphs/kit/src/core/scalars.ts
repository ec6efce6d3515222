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

const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;

const daysInMonth = (year: number, month: number) =>
  month === 2
    ? year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(month)
      ? 30
      : 31;

/**
 * JavaScript's parser rolls 31 February over to 3 March and takes 24:00 as the next day, so a client's typo
 * would be stored as another day; every part is checked against the calendar instead. There is no year 0.
 */
const isCalendarDate = (year: number, month: number, day: number) =>
  year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);

export const DateTime = scalar(
  'DateTime',
  'An instant as ISO 8601 with an offset, e.g. "2026-11-25T14:35:00.000Z".',
  (text) => {
    const parts = ISO_DATE_TIME.exec(text);
    if (!parts) throw invalid(`DateTime must be ISO 8601 with an offset, got "${text}"`);
    const [year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = parts
      .slice(1)
      .map((part) => Number(part ?? 0));
    if (
      !isCalendarDate(year, month, day) ||
      hour > 23 ||
      minute > 59 ||
      second > 59 ||
      offsetHours > 23 ||
      offsetMinutes > 59
    ) {
      throw invalid(`DateTime must be a real date and time, got "${text}"`);
    }
    return new Date(text);
  },
  (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export const DateScalar = scalar(
  'Date',
  'A calendar date, ISO 8601 "YYYY-MM-DD".',
  (text) => {
    const parts = ISO_DATE.exec(text);
    if (!parts) throw invalid(`Date must be "YYYY-MM-DD", got "${text}"`);
    if (!isCalendarDate(Number(parts[1]), Number(parts[2]), Number(parts[3]))) {
      throw invalid(`Date must be a real calendar date, got "${text}"`);
    }
    return text;
  },
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)),
);

export const scalars: Record<string, GraphQLScalarType> = { Decimal, DateTime, Date: DateScalar };
