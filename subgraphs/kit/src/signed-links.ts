import { createHmac, timingSafeEqual } from 'node:crypto';
import express, { type RequestHandler } from 'express';
import { errorBody } from './core/errors';
import type { Logger } from './core/logger';
import { isUuid } from './core/uuid';

/**
 * Download links are stateless: `<route>/<id>?token=<expiry>.<mac>`, the MAC (HMAC-SHA256) covering the route,
 * the id and the expiry. Chosen over a stored single-use token because a link is asked for on every read of a
 * `downloadUrl` (a query should not write) and a link in an e-mail must survive a mail scanner opening it first;
 * expiry gives the bound a single use would. A link opens one file of one route and nothing else.
 */
const mac = (key: Buffer, route: string, id: string, expiry: number) =>
  createHmac('sha256', key).update(`download:${route}:${id}:${expiry}`).digest('base64url');

/** The path of a link to `id` under `route` (e.g. `/files`) that works until `expiresAt`. */
export function signedPath(key: Buffer, route: string, id: string, expiresAt: Date): string {
  const expiry = Math.floor(expiresAt.getTime() / 1000);
  return `${route}/${id}?token=${expiry}.${mac(key, route, id, expiry)}`;
}

/** Whether `token` opens `id` under `route` at `now`. */
export function signedPathAllowed(key: Buffer, route: string, id: string, token: string, now: Date): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expiry = Number(match[1]);
  if (expiry * 1000 <= now.getTime()) return false;
  const expected = Buffer.from(mac(key, route, id, expiry));
  const given = Buffer.from(match[2]);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/** `attachment; filename*=UTF-8''…` with an ASCII fallback for old clients: how a download is saved. */
export const attachmentDisposition = (filename: string) => {
  const encoded = encodeURIComponent(filename).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  const extension = /\.[a-z0-9]{1,5}$/i.exec(filename)?.[0] ?? '';
  return `attachment; filename="document${extension}"; filename*=UTF-8''${encoded}`;
};

/** A file as a download link hands it out. */
export interface DownloadableFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

/**
 * GET `<route>/:id?token=…`: the file, if the signed link is for it and has not expired. The token is the only
 * authority (links work from an e-mail, without signing in); refusals say nothing about whether the file exists.
 */
export function serveSignedDownloads(options: {
  route: string;
  key: () => Buffer | Promise<Buffer>;
  now: () => Date;
  load: (id: string) => Promise<DownloadableFile | undefined>;
  log: Logger;
}): RequestHandler {
  const router = express.Router();
  router.get('/:id', async (req, res) => {
    const id = String(req.params.id);
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    res.set('Cache-Control', 'private, no-store');
    if (!isUuid(id) || !signedPathAllowed(await options.key(), options.route, id, token, options.now())) {
      return void res
        .status(403)
        .json(errorBody('FORBIDDEN', 'This download link is invalid or has expired'));
    }
    const file = await options.load(id);
    if (!file) return void res.status(404).json(errorBody('NOT_FOUND', 'File not found'));
    options.log.info({ route: options.route, file: id, size: file.content.length }, 'file downloaded');
    res
      .status(200)
      .set({
        'Content-Type': file.contentType,
        'Content-Disposition': attachmentDisposition(file.fileName),
        'X-Content-Type-Options': 'nosniff',
        'Content-Length': String(file.content.length),
      })
      .end(file.content);
  });
  return router;
}
