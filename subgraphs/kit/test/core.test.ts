import { generateKeyPairSync } from 'node:crypto';
import { z } from 'zod';
import { loadConfig, pem, port } from '../src/core/config';
import { maskError } from '../src/core/errors';
import {
  FORWARDED_ORIGIN_HEADER,
  GATEWAY_CREDENTIAL_HEADER,
  gatewayLink,
  ORIGIN_LIFETIME_MS,
} from '../src/core/forwarded';
import { createTokenSigner, createTokenVerifier } from '../src/core/tokens';

const keys = () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return {
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  };
};
const viewer = { userId: '5f0d1e0a-3b7a-4c1e-9d55-2a8f1f0b9c11', companyId: null, role: 'OPERATOR' as const };

describe('access tokens', () => {
  it('verify with the matching public key and carry the viewer', async () => {
    const k = keys();
    const { token, expiresAt } = await createTokenSigner({
      privateKeyPem: k.privateKeyPem,
      keyId: 'k1',
      ttlSeconds: 60,
    })(viewer);
    expect(expiresAt.getTime()).toBeGreaterThan(Date.now());
    // The expiry too, so a WebSocket can end when its token does.
    await expect(createTokenVerifier({ k1: k.publicKeyPem })(token)).resolves.toEqual({
      viewer,
      expiresAt: expiresAt.getTime(),
    });
  });

  it("carry a company user's access list of accounts and groups", async () => {
    const k = keys();
    const limited = {
      userId: viewer.userId,
      companyId: '0c5e7a52-8f0e-4f3b-a4a8-7d1c2e3f4a5b',
      role: 'VIEWER' as const,
      accountIds: [],
      groupIds: ['7b2d6c1e-9a4f-4e3d-8c2b-1a0f9e8d7c6b'],
    };
    const { token } = await createTokenSigner({
      privateKeyPem: k.privateKeyPem,
      keyId: 'k1',
      ttlSeconds: 60,
    })(limited);
    await expect(createTokenVerifier({ k1: k.publicKeyPem })(token)).resolves.toMatchObject({
      viewer: limited,
    });
  });

  it('are refused under an unknown kid or another key', async () => {
    const k = keys();
    const { token } = await createTokenSigner({
      privateKeyPem: k.privateKeyPem,
      keyId: 'k2',
      ttlSeconds: 60,
    })(viewer);
    await expect(createTokenVerifier({ k1: k.publicKeyPem })(token)).rejects.toThrow('Invalid access token');
    await expect(createTokenVerifier({ k2: keys().publicKeyPem })(token)).rejects.toThrow(
      'Invalid access token',
    );
  });

  it('keep old keys valid during rotation', async () => {
    const [old, fresh] = [keys(), keys()];
    const verify = createTokenVerifier({ old: old.publicKeyPem, fresh: fresh.publicKeyPem });
    for (const [kid, k] of [
      ['old', old],
      ['fresh', fresh],
    ] as const) {
      const { token } = await createTokenSigner({
        privateKeyPem: k.privateKeyPem,
        keyId: kid,
        ttlSeconds: 60,
      })(viewer);
      await expect(verify(token)).resolves.toMatchObject({ viewer });
    }
  });

  it('remember a verified token only until it expires, and never a tampered one', async () => {
    const k = keys();
    const verify = createTokenVerifier({ k1: k.publicKeyPem });
    const sign = createTokenSigner({ privateKeyPem: k.privateKeyPem, keyId: 'k1', ttlSeconds: 2 });
    // Expiry is a whole second from a whole-second issue time: 2 s leaves at least 1 s to check it valid.
    const { token, expiresAt } = await sign(viewer);
    await expect(verify(token)).resolves.toMatchObject({ viewer });
    await expect(verify(token)).resolves.toMatchObject({ viewer }); // from memory
    const [header, payload, signature] = token.split('.');
    const forged = Buffer.from(
      JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), role: 'ADMIN' }),
    ).toString('base64url');
    await expect(verify(`${header}.${forged}.${signature}`)).rejects.toThrow('Invalid access token');
    await new Promise((r) => setTimeout(r, expiresAt.getTime() - Date.now() + 50));
    await expect(verify(token)).rejects.toThrow('Access token expired');
  });
});

describe('gateway credential and forwarded origin', () => {
  const secret = 's3cret-s3cret-s3cret';
  const origin = () => ({ viewer, ip: '10.0.0.1', userAgent: 'curl', requestId: 'r1' });

  it('admits its own credential only, and the credential is not the secret', () => {
    const link = gatewayLink(secret);
    expect(link.credential).not.toContain(secret);
    expect(link.admits(link.credential)).toBe(true);
    expect(link.admits(gatewayLink('another-secret-entirely').credential)).toBe(false);
    expect(link.admits(secret)).toBe(false);
    expect(link.admits(undefined)).toBe(false);
  });

  it('round-trips a signed origin and refuses malformed, forged and foreign ones', () => {
    const link = gatewayLink(secret);
    const signed = link.sign(origin());
    expect(link.verify(signed)).toEqual(origin());
    const headers = link.headersFor(origin());
    expect(link.admits(headers[GATEWAY_CREDENTIAL_HEADER])).toBe(true);
    expect(link.verify(headers[FORWARDED_ORIGIN_HEADER])).toEqual(origin());
    expect(link.verify(undefined)).toBeNull();
    expect(link.verify('%%%')).toBeNull();
    // Whoever holds only the credential cannot change what the gateway signed.
    const [, signature] = signed.split('.');
    const operator = { ...origin(), requestId: 'forged' };
    const forged = Buffer.from(JSON.stringify({ origin: operator, expiresAt: Date.now() + 60_000 }));
    expect(link.verify(`${forged.toString('base64url')}.${signature}`)).toBeNull();
    expect(gatewayLink('another-secret-entirely').verify(signed)).toBeNull();
  });

  it('refuses an origin once its minute is over', () => {
    let now = 1_000_000;
    const link = gatewayLink(secret, () => now);
    const signed = link.sign(origin());
    now += ORIGIN_LIFETIME_MS;
    expect(link.verify(signed)).toEqual(origin());
    now += 1;
    expect(link.verify(signed)).toBeNull();
  });
});

describe('config', () => {
  const schema = z.object({ PORT: port(4000), KEY: pem('PUBLIC KEY') });
  it('names every bad variable', () => {
    expect(() => loadConfig(schema, { PORT: 'abc', KEY: 'nope' })).toThrow(
      /PORT: .*\n\s+KEY: must be a PEM PUBLIC KEY/,
    );
  });
  it('unescapes PEM newlines given in one line', () => {
    const pemText = keys().publicKeyPem;
    expect(loadConfig(schema, { KEY: pemText.replace(/\n/g, '\\n') })).toEqual({ PORT: 4000, KEY: pemText });
  });
});

describe('error masking', () => {
  it('keeps client-facing codes and masks the rest', () => {
    const internal = jest.fn();
    expect(
      maskError({ message: 'x not found', extensions: { code: 'NOT_FOUND', stacktrace: ['at'] } }, internal),
    ).toEqual({
      message: 'x not found',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(maskError({ message: 'relation "users" does not exist', extensions: {} }, internal)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(internal).toHaveBeenCalledTimes(1);
  });
});
