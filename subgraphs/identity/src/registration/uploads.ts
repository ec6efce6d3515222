import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { errorBody, forwardedOrigin, type Logger, MAX_UPLOAD_BYTES, uploadTooLarge } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { hashSecret } from '../auth/secrets';
import { type DocumentKind, sniffContentType, UPLOAD_URL_MINUTES } from './documents';
import { isWholePdf } from './pdf';

/**
 * Hands out an upload URL for one document: PUT the file there (through the gateway) before it expires. The
 * URL carries a single-use 256-bit token; only its hash is kept.
 */
export async function createUpload(tx: EntityManager, kind: DocumentKind) {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  const [{ expires_at }] = await tx.query(
    `INSERT INTO uploads (id, kind, token_hash, expires_at) VALUES ($1, $2, $3, now() + make_interval(mins => $4))
     RETURNING expires_at`,
    [id, kind, hashSecret(token), UPLOAD_URL_MINUTES],
  );
  return {
    id,
    uploadUrl: `/uploads/${id}?token=${token}`,
    expiresAt: new Date(expires_at),
    maxBytes: MAX_UPLOAD_BYTES,
  };
}

const refuse = (
  res: express.Response,
  status: number,
  code: Parameters<typeof errorBody>[0],
  message: string,
  field?: string,
) => res.status(status).json(errorBody(code, message, field));

/** PUT /uploads/:id?token=…: stores the file if the URL is live, the size allowed and the content a whole PDF, a JPEG or a PNG. */
export const receiveUploads = ({ db, log }: { db: DataSource; log: Logger }): RequestHandler => {
  const router = express.Router();
  router.put('/:id', express.raw({ type: () => true, limit: MAX_UPLOAD_BYTES }), async (req, res) => {
    const token = typeof req.query.token === 'string' ? req.query.token : '';
    const content = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (content.length === 0) return void refuse(res, 400, 'BAD_USER_INPUT', 'The file is empty', 'file');
    const contentType = sniffContentType(content);
    if (!contentType) {
      return void refuse(
        res,
        415,
        'BAD_USER_INPUT',
        'must be a PDF, JPEG or PNG (judged by content, not by name)',
        'file',
      );
    }
    if (contentType === 'application/pdf' && !isWholePdf(content)) {
      return void refuse(
        res,
        415,
        'BAD_USER_INPUT',
        'is not a whole PDF (it starts like one, but has no cross-reference table and end-of-file marker)',
        'file',
      );
    }
    const origin = forwardedOrigin(res);
    const stored = await db.query(
      `WITH stored AS (
           UPDATE uploads SET content = $3, content_type = $4, size = $5, sha256 = $6, uploaded_at = now(), ip = $7
           WHERE id::text = $1 AND token_hash = $2 AND uploaded_at IS NULL AND expires_at > now()
           RETURNING id, kind
         ) SELECT * FROM stored`,
      [
        req.params.id,
        hashSecret(token),
        content,
        contentType,
        content.length,
        createHash('sha256').update(content).digest('hex'),
        origin.ip,
      ],
    );
    if (stored.length === 0) {
      return void refuse(res, 403, 'FORBIDDEN', 'This upload URL is unknown, expired or already used');
    }
    log.info({ upload: stored[0].id, kind: stored[0].kind, size: content.length }, 'document uploaded');
    res.json({ id: stored[0].id, kind: stored[0].kind, contentType, size: content.length });
  });
  // Bodies over the limit are refused by the parser before any work.
  router.use(((error, _req, res, next) => {
    if ((error as { type?: string }).type === 'entity.too.large') {
      return void res.status(413).json(uploadTooLarge());
    }
    next(error);
  }) as express.ErrorRequestHandler);
  return router;
};
