import { createPrivateKey, createPublicKey } from 'node:crypto';
import { errors, jwtVerify, SignJWT } from 'jose';
import { unauthenticated } from './errors';
import { type Viewer, viewerSchema } from './viewer';

const ISSUER = 'kabinet-identity';
const AUDIENCE = 'kabinet';
/** Ed25519: small keys, fast verification at the gateway, asymmetric so only identity can sign. */
const ALGORITHM = 'EdDSA';

export interface IssuedToken {
  token: string;
  expiresAt: Date;
}

export interface SigningKey {
  privateKeyPem: string;
  keyId: string;
  ttlSeconds: number;
}

export function createTokenSigner({ privateKeyPem, keyId, ttlSeconds }: SigningKey) {
  const key = createPrivateKey(privateKeyPem);
  return async (viewer: Viewer): Promise<IssuedToken> => {
    const issuedAt = Math.floor(Date.now() / 1000);
    const expiresAt = new Date((issuedAt + ttlSeconds) * 1000);
    const claims = {
      cid: viewer.companyId,
      role: viewer.role,
      ...(viewer.sessionId && { sid: viewer.sessionId }),
      ...(viewer.accountIds && { acc: viewer.accountIds }),
      ...(viewer.groupIds && { grp: viewer.groupIds }),
    };
    const token = await new SignJWT(claims)
      .setProtectedHeader({ alg: ALGORITHM, kid: keyId, typ: 'JWT' })
      .setSubject(viewer.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + ttlSeconds)
      .sign(key);
    return { token, expiresAt };
  };
}
export type TokenSigner = ReturnType<typeof createTokenSigner>;

/** Public keys by `kid`, so identity can rotate its signing key while old tokens stay valid. */
export type VerificationKeys = Record<string, string>;

/** What a valid access token says: who, and until when (milliseconds since the epoch). */
export interface VerifiedToken {
  viewer: Viewer;
  expiresAt: number;
}

/** Verified tokens remembered, so a client's repeated requests with one token skip the signature check. */
const CACHED_TOKENS = 10_000;

export function createTokenVerifier(publicKeysPem: VerificationKeys) {
  const keys = new Map(Object.entries(publicKeysPem).map(([kid, pem]) => [kid, createPublicKey(pem)]));
  // A token never changes, so once verified it stays valid until it expires; oldest entries leave first.
  const verified = new Map<string, VerifiedToken>();
  return async (token: string): Promise<VerifiedToken> => {
    const known = verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAt) return known;
      verified.delete(token);
      throw unauthenticated('Access token expired');
    }
    const fresh = await verifySignature(token);
    if (verified.size >= CACHED_TOKENS) verified.delete(verified.keys().next().value as string);
    verified.set(token, fresh);
    return fresh;
  };

  async function verifySignature(token: string): Promise<VerifiedToken> {
    try {
      const { payload } = await jwtVerify(
        token,
        (header) => {
          const key = header.kid ? keys.get(header.kid) : undefined;
          if (!key) throw new errors.JWKSNoMatchingKey();
          return key;
        },
        { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM], requiredClaims: ['sub', 'exp'] },
      );
      const viewer = viewerSchema.parse({
        userId: payload.sub,
        companyId: payload.cid ?? null,
        role: payload.role,
        ...(payload.sid !== undefined && { sessionId: payload.sid }),
        ...(payload.acc !== undefined && { accountIds: payload.acc }),
        ...(payload.grp !== undefined && { groupIds: payload.grp }),
      });
      return { viewer, expiresAt: (payload.exp as number) * 1000 };
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Access token expired');
      throw unauthenticated('Invalid access token');
    }
  }
}
export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
