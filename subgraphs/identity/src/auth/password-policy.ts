import type { FieldProblem } from '@kabinet/kit';

/** The most common passwords that pass the length rule; refused outright. */
const COMMON = new Set([
  '1234567890',
  '0987654321',
  '1111111111',
  '0000000000',
  '1q2w3e4r5t',
  'qwertyuiop',
  'qwerty1234',
  '123456789a',
  'password12',
  'password123',
  'password1!',
  'passw0rd12',
  'iloveyou12',
  'qwertyuiop1',
  'zxcvbnm123',
  '1qaz2wsx3edc',
  'abcdefghij',
  'abcd123456',
  'a123456789',
  'administrator',
  'welcome123',
  'letmein123',
  'ytrewq1234',
  'parol12345',
  'kabinet123',
  'kabinet2026',
]);

/** The longest password taken anywhere, new or current. */
export const PASSWORD_MAX = 128;

/** Length 10 to PASSWORD_MAX, not the login, not a common password, not the current one. */
export function passwordProblems(password: string, login: string, field = 'newPassword'): FieldProblem[] {
  const problem = (message: string) => [{ field, message }];
  if (password.length < 10) return problem('must be at least 10 characters');
  if (password.length > PASSWORD_MAX) return problem(`must be at most ${PASSWORD_MAX} characters`);
  const lower = password.toLowerCase();
  if (lower.includes(login.toLowerCase())) return problem('must not contain the login');
  if (COMMON.has(lower)) return problem('is too common');
  return [];
}
