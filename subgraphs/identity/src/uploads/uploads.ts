import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { errorBody, forwardedOrigin, type Logger, MAX_UPLOAD_BYTES, uploadTooLarge } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { hashSecret } from '../auth/secrets';
import { type DocumentKind, sniffContentType, UPLOAD_URL_MINUTES } from '../registration/documents';
import { isWholePdf } from '../registration/pdf';
import { type AttachmentOwner, announceAttachment } from './attachments';

/** What a file is uploaded for: a document of a connection application, or an attachment to a ticket message. */
export type UploadKind = DocumentKind | 'TICKET_ATTACHMENT';

/**
 * Hands out an upload URL for one file: PUT it there (through the gateway) before it expires. The URL carries
 * a single-use 256-bit token; only its hash is kept. The one upload service of the graph: connection
 * applications' documents (no sign-in) and ticket attachments (`owner`: the signed-in user) alike.
 */
export async function createUpload(tx: EntityManager, kind: UploadKind, owner?: AttachmentOwner) {
  const id = randomUUID();
  const token = randomBytes(32).toString('base64url');
  const [{ expires_at }] = await tx.query(
    `INSERT INTO uploads (id, kind, token_hash, expires_at, company_id, user_id, file_name)
     VALUES ($1, $2, $3, now() + make_interval(mins => $4), $5, $6, $7)
     RETURNING expires_at`,
    [
      id,
      kind,
      hashSecret(token),
      UPLOAD_URL_MINUTES,
      owner?.companyId ?? null,
      owner?.userId ?? null,
      owner?.fileName ?? null,
    ],
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
    const stored = await db.transaction(async (tx) => {
      const [row]: StoredUpload[] = await tx.query(
        `WITH stored AS (
             UPDATE uploads SET content = $3, content_type = $4, size = $5, sha256 = $6, uploaded_at = now(), ip = $7
             WHERE id::text = $1 AND token_hash = $2 AND uploaded_at IS NULL AND expires_at > now()
             RETURNING id, kind, company_id AS "companyId", user_id AS "userId", file_name AS "fileName",
               content_type AS "contentType", size, uploaded_at AS "uploadedAt"
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
      if (row?.kind === 'TICKET_ATTACHMENT') await announceAttachment(tx, row);
      return row;
    });
    if (!stored) {
      return void refuse(res, 403, 'FORBIDDEN', 'This upload URL is unknown, expired or already used');
    }
    log.info({ upload: stored.id, kind: stored.kind, size: content.length }, 'file uploaded');
    res.json({ id: stored.id, kind: stored.kind, contentType, size: content.length });
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

/** An upload as stored. */
export interface StoredUpload {
  id: string;
  kind: UploadKind;
  companyId: string | null;
  userId: string | null;
  fileName: string | null;
  contentType: string;
  size: number;
  uploadedAt: Date;
}
