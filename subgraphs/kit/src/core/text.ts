import type { FieldProblem } from './errors';

/**
 * The longest text each kind of field takes, in characters. Without a bound one request could store
 * megabytes in a name that every list then carries; the SDL describes each field with the same number.
 */
export const TEXT_MAX = {
  /** A person's full name, a position, a region or a locality. */
  name: 200,
  /** A company's full legal name: real ones run past 200. */
  companyName: 300,
  /** A postal address. */
  address: 500,
  /** A comment, a reason, a description. */
  comment: 2000,
  /** A document's or contract's number. */
  number: 50,
  /** An e-mail address (RFC 5321). */
  email: 254,
} as const;

/**
 * Characters that reorder the text around them when displayed: a name with U+202E in it reads backwards from
 * there on, in every list and letter that shows it, and can pass for someone else's.
 */
const DIRECTION_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** A surrogate pair is one character to the user and to PostgreSQL's length(), two UTF-16 units to `length`. */
const characters = (text: string) =>
  text.length - (text.match(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)?.length ?? 0);

export interface TextRule {
  /** The most characters, as given. */
  max: number;
  /** The fewest characters once trimmed; absent or 0: may be empty (and, if the field is optional, absent). */
  min?: number;
  /** A name of a person, company, group or login: refuses characters that change the text's direction. */
  name?: boolean;
}

/** The problem with a text field, if any, as the field's one entry of BAD_USER_INPUT `fields`. */
export function textProblems(
  field: string,
  value: string | null | undefined,
  rule: TextRule,
): FieldProblem[] {
  const min = rule.min ?? 0;
  const problem = (message: string) => [{ field, message }];
  if (value == null) return min > 0 ? problem('is required') : [];
  if (value.length > rule.max && characters(value) > rule.max) {
    return problem(`must be at most ${rule.max} characters`);
  }
  if (value.trim().length < min) {
    return problem(min === 1 ? 'is required' : `must be at least ${min} characters`);
  }
  if (rule.name && DIRECTION_CONTROLS.test(value)) {
    return problem('must not contain characters that change the direction of text');
  }
  return [];
}
