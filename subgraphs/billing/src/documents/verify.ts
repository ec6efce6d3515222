import { createHash } from 'node:crypto';
import { assertValid, type FieldProblem } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { signatureIsValid } from './signing';
import { publicKeyOf } from './signing-keys';

/** The largest file verifyDocument takes as content: its base64 fits the gateway's 1 MB request limit. */
export const MAX_VERIFIED_BYTES = 600 * 1024;

export interface VerifyInput {
  sha256?: string | null;
  /** The file itself, base64. */
  content?: string | null;
  signature: string;
  keyId: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Whether `signature` is the operator's, under `keyId`, over the file (given as its SHA-256 or as its content).
 * Anything that does not verify — a changed byte, another document's signature, an unknown key — is simply
 * not valid; only malformed input is an error.
 */
export async function verifyDocument(tx: EntityManager, input: VerifyInput) {
  const problems: FieldProblem[] = [];
  if (!input.sha256 === !input.content) {
    problems.push({ field: 'sha256', message: 'give either the SHA-256 or the content, not both' });
  }
  if (input.sha256 && !/^[0-9a-fA-F]{64}$/.test(input.sha256)) {
    problems.push({ field: 'sha256', message: 'must be 64 hexadecimal digits' });
  }
  if (
    input.content &&
    (input.content.length > Math.ceil(MAX_VERIFIED_BYTES / 3) * 4 || !BASE64.test(input.content))
  ) {
    problems.push({ field: 'content', message: `must be base64 of at most ${MAX_VERIFIED_BYTES / 1024} KB` });
  }
  if (input.signature.length > 200) problems.push({ field: 'signature', message: 'is not a signature' });
  if (input.keyId.length > 100) problems.push({ field: 'keyId', message: 'is not a key id' });
  assertValid(problems);
  const sha256 = input.content
    ? createHash('sha256').update(Buffer.from(input.content, 'base64')).digest('hex')
    : (input.sha256 as string).toLowerCase();
  const publicKey = await publicKeyOf(tx, input.keyId);
  return {
    valid: publicKey !== null && signatureIsValid(publicKey, sha256, input.signature),
    sha256,
    keyId: input.keyId,
  };
}
