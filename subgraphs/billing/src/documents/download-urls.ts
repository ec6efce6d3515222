import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a link handed out by the API lives; a link in an e-mail lives longer (the letter is read later). */
export const DOWNLOAD_URL_MINUTES = 15;
export const EMAILED_URL_DAYS = 7;

/**
 * Download links are stateless: `/files/<id>?token=<expiry>.<mac>`, the MAC (HMAC-SHA256) covering the
 * purpose, the file id and the expiry. Chosen over a stored single-use token because a document's link is
 * asked for on every read of `downloadUrl` (a query should not write) and a link in an e-mail must survive a
 * mail scanner opening it first; expiry gives the bound a single use would. Each file has its own id, so a
 * link to one document can fetch no other, and nothing but a file can be fetched with it.
 */
const mac = (key: Buffer, fileId: string, expiresAt: number) =>
  createHmac('sha256', key).update(`download:file:${fileId}:${expiresAt}`).digest('base64url');

export function downloadPath(key: Buffer, fileId: string, expiresAt: Date): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000);
  return `/files/${fileId}?token=${expiry}.${mac(key, fileId, expiry)}`;
}

/** Whether `token` opens `fileId` at `now`. */
export function downloadAllowed(key: Buffer, fileId: string, token: string, now: Date): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expiry = Number(match[1]);
  if (expiry * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(key, fileId, expiry));
  const given = Buffer.from(match[2]);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
