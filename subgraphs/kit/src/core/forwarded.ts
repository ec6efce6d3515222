import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { viewerSchema } from './viewer';

/**
 * The contract between the gateway and the subgraphs. The gateway proves itself with a credential and
 * forwards what it verified about the caller as a signed origin; subgraphs trust nothing else. The gateway
 * builds these headers itself, so anything a client sends under the same names never reaches a subgraph.
 */
export const GATEWAY_CREDENTIAL_HEADER = 'x-kabinet-gateway';
export const FORWARDED_ORIGIN_HEADER = 'x-kabinet-origin';

/**
 * How long a signed origin is accepted after the gateway made it. Requests reach a subgraph within
 * milliseconds; the margin covers clock skew between hosts. A subscription is checked once, at its start.
 */
export const ORIGIN_LIFETIME_MS = 60_000;

export const originSchema = z.object({
  viewer: viewerSchema.nullable(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string(),
});
/** The caller of one request: who (null when anonymous) and from where, for scoping and the audit trail. */
export type RequestOrigin = z.infer<typeof originSchema>;

const signedSchema = z.object({ origin: originSchema, expiresAt: z.number() });

/**
 * What the gateway and the subgraphs derive from their shared secret (GATEWAY_SECRET). The secret itself never
 * travels: requests carry a credential derived from it, and each forwarded origin is signed (HMAC-SHA256) with
 * a second key derived from it. Whoever learns the credential — say, from a request sent to the wrong host —
 * can reach a subgraph's door but cannot act as anyone: without the signing key they cannot make an origin,
 * and an origin they captured expires within a minute.
 */
export interface GatewayLink {
  /** Presented by the gateway on every request and socket to a subgraph. */
  credential: string;
  /** Whether a presented credential is this gateway's (constant time). */
  admits(given: string | undefined): boolean;
  /** The caller of one request, signed, for the origin header or a subscription's extensions. */
  sign(origin: RequestOrigin): string;
  /** What a request to a subgraph carries: the credential, and the caller signed. */
  headersFor(origin: RequestOrigin): Record<string, string>;
  /** The caller named by a signed origin; null when absent, malformed, forged or expired. */
  verify(signed: string | undefined): RequestOrigin | null;
}

const derive = (secret: string, purpose: string) => createHmac('sha256', secret).update(purpose).digest();
const digest = (text: string) => createHash('sha256').update(text).digest();
const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest();

export function gatewayLink(secret: string, now: () => number = Date.now): GatewayLink {
  const credential = derive(secret, 'kabinet gateway credential v1').toString('base64url');
  const originKey = derive(secret, 'kabinet origin signature v1');
  const link: GatewayLink = {
    credential,
    admits: (given) => given !== undefined && timingSafeEqual(digest(given), digest(credential)),
    sign(origin) {
      const payload = Buffer.from(JSON.stringify({ origin, expiresAt: now() + ORIGIN_LIFETIME_MS })).toString(
        'base64url',
      );
      return `${payload}.${mac(originKey, payload).toString('base64url')}`;
    },
    headersFor: (origin) => ({
      [GATEWAY_CREDENTIAL_HEADER]: credential,
      [FORWARDED_ORIGIN_HEADER]: link.sign(origin),
    }),
    verify(signed) {
      const [payload, signature, extra] = signed?.split('.') ?? [];
      if (!payload || !signature || extra !== undefined) return null;
      const given = Buffer.from(signature, 'base64url');
      const expected = mac(originKey, payload);
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
      try {
        const parsed = signedSchema.safeParse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
        if (!parsed.success || parsed.data.expiresAt < now()) return null;
        return parsed.data.origin;
      } catch {
        return null;
      }
    },
  };
  return link;
}
