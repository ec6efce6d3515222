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

export function createTokenVerifier(publicKeysPem: VerificationKeys) {
  const keys = new Map(Object.entries(publicKeysPem).map(([kid, pem]) => [kid, createPublicKey(pem)]));
  return async (token: string): Promise<Viewer> => {
    try {
      const { payload } = await jwtVerify(
        token,
        (header) => {
          const key = header.kid ? keys.get(header.kid) : undefined;
          if (!key) throw new errors.JWKSNoMatchingKey();
          return key;
        },
        { issuer: ISSUER, audience: AUDIENCE, algorithms: [ALGORITHM] },
      );
      return viewerSchema.parse({
        userId: payload.sub,
        companyId: payload.cid ?? null,
        role: payload.role,
        ...(payload.sid !== undefined && { sessionId: payload.sid }),
      });
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw unauthenticated('Access token expired');
      throw unauthenticated('Invalid access token');
    }
  };
}
export type TokenVerifier = ReturnType<typeof createTokenVerifier>;
