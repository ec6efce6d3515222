import { ATTACHMENT_UPLOADED, type AttachmentUploadedPayload } from '@kabinet/contracts';
import {
  assertValid,
  companyScope,
  type FieldProblem,
  isUuid,
  type Logger,
  publish,
  serveSignedDownloads,
  signedPath,
  textProblems,
  type Viewer,
} from '@kabinet/kit';
import type { RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { linkKey } from './link-key';
import type { StoredUpload } from './uploads';

/** Who uploads a ticket attachment, and what they call the file. */
export interface AttachmentOwner {
  companyId: string | null;
  userId: string;
  fileName: string;
}

/** How long a download link of an attachment works. */
export const ATTACHMENT_LINK_MINUTES = 15;
const ROUTE = '/attachments';
const FILE_NAME_MAX = 255;

/** A file name as a person gives it: no folders, no control characters. */
export function fileNameProblems(field: string, name: string): FieldProblem[] {
  const length = textProblems(field, name, { min: 1, max: FILE_NAME_MAX, name: true });
  if (length.length) return length;
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
  if (/[/\\\u0000-\u001f\u007f]/.test(name) || /^\.+$/.test(name.trim()))
    return [{ field, message: 'must be a plain file name (no folders or control characters)' }];
  return [];
}

export const attachmentOwner = (viewer: Viewer, fileName: string): AttachmentOwner => {
  assertValid(fileNameProblems('input.fileName', fileName));
  return { companyId: viewer.companyId, userId: viewer.userId, fileName: fileName.trim() };
};

/** Tells support an attachment is ready for its uploader to attach. */
export async function announceAttachment(tx: EntityManager, upload: StoredUpload) {
  const payload: AttachmentUploadedPayload = {
    uploadId: upload.id,
    userId: upload.userId as string,
    companyId: upload.companyId,
    fileName: upload.fileName as string,
    contentType: upload.contentType,
    size: upload.size,
    at: new Date(upload.uploadedAt).toISOString(),
  };
  await publish(tx, {
    stream: `user:${payload.userId}`,
    type: ATTACHMENT_UPLOADED,
    companyId: upload.companyId,
    payload,
  });
}

export interface AttachmentRecord {
  id: string;
  companyId: string | null;
  fileName: string;
  contentType: string;
  size: number;
}

/**
 * Uploaded attachments by id, as `viewer` may see them. The graph reaches an attachment only through the ticket
 * message support shows (support checks the ticket); identity still keeps a company to its own files and to
 * the operator's answers.
 */
export async function attachmentsByIds(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<AttachmentRecord[]> {
  if (!viewer) return [];
  const scope = companyScope(viewer);
  return db.query(
    `SELECT id, company_id AS "companyId", file_name AS "fileName", content_type AS "contentType", size
     FROM uploads WHERE id = ANY($1::uuid[]) AND kind = 'TICKET_ATTACHMENT' AND uploaded_at IS NOT NULL
       AND ($2::uuid IS NULL OR company_id = $2 OR company_id IS NULL)`,
    [ids.filter(isUuid), scope],
  );
}

/** A fresh link to download an attachment, a path on the graph's host. */
export const attachmentLink = async (db: DataSource, id: string, now: Date) =>
  signedPath(await linkKey(db), ROUTE, id, new Date(now.getTime() + ATTACHMENT_LINK_MINUTES * 60_000));

/** GET /attachments/:id?token=…: an attachment behind its signed link. */
export const serveAttachments = ({ db, log }: { db: DataSource; log: Logger }): RequestHandler =>
  serveSignedDownloads({
    route: ROUTE,
    key: () => linkKey(db),
    now: () => new Date(),
    log,
    load: async (id) =>
      (
        await db.query(
          `SELECT file_name AS "fileName", content_type AS "contentType", content FROM uploads
           WHERE id = $1 AND kind = 'TICKET_ATTACHMENT' AND uploaded_at IS NOT NULL`,
          [id],
        )
      )[0],
  });
