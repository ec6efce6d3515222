import { z } from 'zod';

/**
 * Reads and validates configuration once at start-up. A bad or missing variable stops the process with a
 * message naming every offending variable, instead of failing later at first use.
 */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map(
    (issue) => `  ${issue.path.join('.') || '(env)'}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`);
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** A TCP port; 0 asks the OS for a free one (tests). */
export const port = (fallback: number) => z.coerce.number().int().min(0).max(65535).default(fallback);

/** PEM text given either literally (with \n escapes, as env files need) or as-is. */
export const pem = (label: string) =>
  z
    .string()
    .transform((text) => text.replace(/\\n/g, '\n'))
    .refine((text) => text.includes(`-----BEGIN ${label}-----`), `must be a PEM ${label}`);

export const logLevel = z
  .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  .default('info');

/** Where spans go (OTLP over HTTP, e.g. http://collector:4318); unset: none are exported. */
export const otlpEndpoint = z.url({ protocol: /^https?$/, error: 'must be an http(s):// URL' }).optional();
