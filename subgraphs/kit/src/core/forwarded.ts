import { createHash, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { viewerSchema } from './viewer';

/**
 * The contract between the gateway and the subgraphs. The gateway proves itself with a shared credential
 * and forwards what it verified about the caller; subgraphs trust nothing else. The gateway builds these
 * headers itself, so anything a client sends under the same names never reaches a subgraph.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-kabinet-gateway';
export const FORWARDED_ORIGIN_HEADER = 'x-kabinet-origin';

export const originSchema = z.object({
  viewer: viewerSchema.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string(),
});
/** The caller of one request: who (null when anonymous) and from where, for scoping and the audit trail. */
export type RequestOrigin = z.infer<typeof originSchema>;

export const encodeOrigin = (origin: RequestOrigin): string =>
  Buffer.from(JSON.stringify(origin)).toString('base64url');

export function decodeOrigin(header: string | undefined): RequestOrigin | null {
  if (!header) return null;
  try {
    const parsed = originSchema.safeParse(JSON.parse(Buffer.from(header, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const digest = (text: string) => createHash('sha256').update(text).digest();

/** Constant-time comparison, so the credential cannot be guessed byte by byte from response times. */
export const credentialMatches = (given: string | undefined, expected: string): boolean =>
  given !== undefined && timingSafeEqual(digest(given), digest(expected));
