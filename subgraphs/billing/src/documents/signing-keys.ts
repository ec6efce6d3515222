import type { DataSource, EntityManager } from 'typeorm';
import type { DocumentSigner } from './signing';

/**
 * Records the signing key's public half under its id at start-up, so documents signed with it verify after
 * the key is rotated. An id that already names another key is a configuration error: it would make every
 * document signed under that id unverifiable.
 */
export async function registerSigningKey(db: DataSource, signer: DocumentSigner): Promise<void> {
  await recordSigningKey(db.manager, signer);
  const [known] = await db.query('SELECT public_key FROM document_signing_keys WHERE key_id = $1', [
    signer.keyId,
  ]);
  if (known.public_key !== signer.publicKeyPem) {
    throw new Error(
      `DOCUMENT_KEY_ID "${signer.keyId}" already names another signing key: give a new key a new id`,
    );
  }
}

/**
 * Keeps the key's public half on record (once): done with every signature, so a document is never signed by a
 * key verifyDocument does not know, however billing was started.
 */
export async function recordSigningKey(tx: EntityManager, signer: DocumentSigner): Promise<void> {
  await tx.query(
    'INSERT INTO document_signing_keys (key_id, public_key) VALUES ($1, $2) ON CONFLICT (key_id) DO NOTHING',
    [signer.keyId, signer.publicKeyPem],
  );
}

/** The public key (SPKI PEM) a key id names, or null. */
export async function publicKeyOf(tx: EntityManager, keyId: string): Promise<string | null> {
  const [row] = await tx.query('SELECT public_key FROM document_signing_keys WHERE key_id = $1', [keyId]);
  return row?.public_key ?? null;
}
