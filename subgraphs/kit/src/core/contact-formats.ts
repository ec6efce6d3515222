import type { FieldProblem } from './errors';
import { TEXT_MAX, textProblems } from './text';

/** A shape a login, phone or e-mail must have, and what to tell the user when it does not. */
export interface Format {
  pattern: RegExp;
  message: string;
  /** Longer is refused before the pattern runs: the e-mail pattern backtracks for ages over megabytes. */
  max: number;
}

export const LOGIN_FORMAT: Format = {
  pattern: /^[a-z0-9][a-z0-9._-]{2,63}$/i,
  message: '3 to 64 letters, digits, dots, dashes or underscores',
  max: 64,
};
/** E.164, as SMS providers take it; the users table checks the same. */
export const PHONE_FORMAT: Format = {
  pattern: /^\+[1-9]\d{9,14}$/,
  message: 'must be in international format, e.g. +79001234567',
  max: 16,
};
export const EMAIL_FORMAT: Format = {
  pattern: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
  message: 'is not an e-mail address',
  max: TEXT_MAX.email,
};

/** The problem with `value` under `field`, if it is given and is too long or does not have the format. */
export function formatProblems(
  field: string,
  value: string | null | undefined,
  format: Format,
): FieldProblem[] {
  if (value == null) return [];
  const tooLong = textProblems(field, value, { max: format.max });
  if (tooLong.length > 0) return tooLong;
  return format.pattern.test(value) ? [] : [{ field, message: format.message }];
}
