import {
  createHash,
  createPrivateKey,
  createPublicKey,
  hkdfSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';

/**
 * The operator's document signature: Ed25519 over the 32 bytes of the file's SHA-256, detached (the file is
 * not changed), named by a key id so keys can rotate and old documents still verify.
 */
export interface DocumentSigner {
  keyId: string;
  /** SPKI PEM of the public half, registered in document_signing_keys at start-up. */
  publicKeyPem: string;
  /** Base64 signature over the digest given as hex. */
  sign(sha256Hex: string): string;
  /** The key download URLs are MACed with, derived from the signing key (one secret to configure). */
  urlKey: Buffer;
}

export const sha256Hex = (content: Buffer) => createHash('sha256').update(content).digest('hex');

export function documentSigner(privateKeyPem: string, keyId: string): DocumentSigner {
  const privateKey = createPrivateKey(privateKeyPem);
  if (privateKey.asymmetricKeyType !== 'ed25519') throw new Error('the document signing key must be Ed25519');
  const raw = privateKey.export({ type: 'pkcs8', format: 'der' });
  return {
    keyId,
    publicKeyPem: createPublicKey(privateKey).export({ type: 'spki', format: 'pem' }).toString(),
    sign: (digest) => sign(null, Buffer.from(digest, 'hex'), privateKey).toString('base64'),
    // HKDF with its own label: knowing the URL key tells nothing about the signing key.
    urlKey: Buffer.from(hkdfSync('sha256', raw, Buffer.alloc(0), 'kabinet billing download urls', 32)),
  };
}

/** Whether `signature` (base64) is `publicKeyPem`'s over the digest `sha256Hex`; false for anything malformed. */
export function signatureIsValid(publicKeyPem: string, sha256: string, signature: string): boolean {
  if (!/^[0-9a-f]{64}$/.test(sha256)) return false;
  try {
    const key: KeyObject = createPublicKey(publicKeyPem);
    return verify(null, Buffer.from(sha256, 'hex'), key, Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
