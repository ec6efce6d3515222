import { randomUUID } from 'node:crypto';
import { attachmentDisposition, type Clock, errorBody, isUuid, type Logger } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { downloadAllowed } from './download-urls';
import { sha256Hex } from './signing';

export interface NewFile {
  companyId: string;
  /** What the customer's computer saves it as (any language: sent as RFC 5987 UTF-8). */
  filename: string;
  contentType: string;
  content: Buffer;
  /** For a file made for one download (an export): when it may be removed. Documents' files are kept. */
  expiresAt?: Date;
}

/** Keeps a generated file for download links; returns its id and SHA-256 (hex). */
export async function storeFile(tx: EntityManager, file: NewFile, now: Date) {
  const id = randomUUID();
  const sha256 = sha256Hex(file.content);
  await tx.query(
    `INSERT INTO files (id, company_id, filename, content_type, content, sha256, created_at, expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [id, file.companyId, file.filename, file.contentType, file.content, sha256, now, file.expiresAt ?? null],
  );
  return { id, sha256 };
}

/** Removes files made for one download whose links have all expired (a statement export is made per request). */
export const removeExpiredFiles = (tx: EntityManager, now: Date): Promise<unknown> =>
  tx.query('DELETE FROM files WHERE expires_at IS NOT NULL AND expires_at < $1', [now]);

/**
 * GET /files/:id?token=…: the file, if the signed link is for this file and has not expired. The token is the
 * only authority (links work from an e-mail, without signing in); refusals say nothing about whether the file
 * exists.
 */
export const serveFiles =
  (clock: Clock, urlKey: Buffer) =>
  ({ db, log }: { db: DataSource; log: Logger }): RequestHandler => {
    const router = express.Router();
    router.get('/:id', async (req, res) => {
      const id = String(req.params.id);
      const token = typeof req.query.token === 'string' ? req.query.token : '';
      res.set('Cache-Control', 'private, no-store');
      if (!isUuid(id) || !downloadAllowed(urlKey, id, token, clock.now())) {
        return void res
          .status(403)
          .json(errorBody('FORBIDDEN', 'This download link is invalid or has expired'));
      }
      const [file]: { filename: string; content_type: string; content: Buffer }[] = await db.query(
        'SELECT filename, content_type, content FROM files WHERE id = $1',
        [id],
      );
      if (!file) return void res.status(404).json(errorBody('NOT_FOUND', 'File not found'));
      log.info({ file: id, size: file.content.length }, 'file downloaded');
      res
        .status(200)
        .set({
          'Content-Type': file.content_type,
          'Content-Disposition': attachmentDisposition(file.filename),
          'X-Content-Type-Options': 'nosniff',
          'Content-Length': String(file.content.length),
        })
        .end(file.content);
    });
    return router;
  };
