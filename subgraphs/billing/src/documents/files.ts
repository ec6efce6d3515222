import { randomUUID } from 'node:crypto';
import { type Clock, type Logger, serveSignedDownloads } from '@kabinet/kit';
import type { RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { DOWNLOAD_ROUTE } from './download-urls';
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

/** GET /files/:id?token=…: a generated file behind its signed link. */
export const serveFiles =
  (clock: Clock, urlKey: Buffer) =>
  ({ db, log }: { db: DataSource; log: Logger }): RequestHandler =>
    serveSignedDownloads({
      route: DOWNLOAD_ROUTE,
      key: () => urlKey,
      now: () => clock.now(),
      log,
      load: async (id) =>
        (
          await db.query(
            'SELECT filename AS "fileName", content_type AS "contentType", content FROM files WHERE id = $1',
            [id],
          )
        )[0],
    });
