import { requireViewer } from '@kabinet/kit';
import { throttle } from '../auth/throttle';
import { type AttachmentRecord, attachmentLink, attachmentOwner } from '../uploads/attachments';
import { createUpload } from '../uploads/uploads';
import type { Context } from './context';

/** Attachments a user may upload an hour: a busy conversation's worth, not a file store. */
const ATTACHMENTS_PER_HOUR = 100;

export const attachmentResolvers = {
  Mutation: {
    async createAttachmentUpload(_: unknown, args: { input: { fileName: string } }, ctx: Context) {
      const viewer = requireViewer(ctx.viewer);
      const owner = attachmentOwner(viewer, args.input.fileName);
      await throttle(ctx.db, [
        { key: `attachment:user:${viewer.userId}`, max: ATTACHMENTS_PER_HOUR, minutes: 60 },
      ]);
      return ctx.db.transaction((tx) => createUpload(tx, 'TICKET_ATTACHMENT', owner));
    },
  },
  Attachment: {
    // Null for what the viewer may not see: support shows the message; its attachment is simply absent.
    __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.attachment.load(ref.id),
    downloadUrl: (attachment: AttachmentRecord, _args: unknown, ctx: Context) =>
      attachmentLink(ctx.db, attachment.id, new Date()),
  },
};
