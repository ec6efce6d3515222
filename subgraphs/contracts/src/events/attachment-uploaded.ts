import { z } from 'zod';
import { instant, uuid } from './fields';

/**
 * Identity, when a file to attach to a ticket message has been uploaded (checked for size and type): support
 * lets its uploader attach it, once.
 */
export const ATTACHMENT_UPLOADED = 'AttachmentUploaded';

export const attachmentUploaded = z.looseObject({
  uploadId: uuid,
  /** Who uploaded it: only they may attach it. */
  userId: uuid,
  /** Their company; null for the operator's staff. */
  companyId: uuid.nullable(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int().positive(),
  at: instant,
});
export type AttachmentUploadedPayload = z.infer<typeof attachmentUploaded>;
