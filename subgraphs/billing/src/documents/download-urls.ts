import { signedPath, signedPathAllowed } from '@kabinet/kit';

/** How long a link handed out by the API lives; a link in an e-mail lives longer (the letter is read later). */
export const DOWNLOAD_URL_MINUTES = 15;
export const EMAILED_URL_DAYS = 7;

/** Billing's files (documents, exports) are served under /files, behind the kit's signed links. */
export const DOWNLOAD_ROUTE = '/files';

export const downloadPath = (key: Buffer, fileId: string, expiresAt: Date) =>
  signedPath(key, DOWNLOAD_ROUTE, fileId, expiresAt);

/** Whether `token` opens `fileId` at `now`. */
export const downloadAllowed = (key: Buffer, fileId: string, token: string, now: Date) =>
  signedPathAllowed(key, DOWNLOAD_ROUTE, fileId, token, now);
