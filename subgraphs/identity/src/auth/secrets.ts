import { createHash, randomBytes, randomInt } from 'node:crypto';

/** What is stored instead of a secret: SHA-256, hex. Secrets here are random, so no salt or stretching. */
export const hashSecret = (secret: string) => createHash('sha256').update(secret).digest('hex');

/** A refresh token: the session it belongs to, then 256 random bits. Only its hash is stored. */
export const newRefreshToken = (sessionId: string) => `${sessionId}.${randomBytes(32).toString('base64url')}`;

/** A one-time code for SMS: six digits, uniformly random. */
export const newCode = () => String(randomInt(0, 1_000_000)).padStart(6, '0');

/** A generated password for a new user: 16 characters from an alphabet without look-alikes. */
export function newPassword(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';
  return Array.from({ length: 16 }, () => alphabet[randomInt(0, alphabet.length)]).join('');
}
