import { ATTACHMENT_UPLOADED, parseEvent } from '@kabinet/contracts';
import {
  assertValid,
  type FieldProblem,
  isUuid,
  type Logger,
  startConsumer,
  type Viewer,
} from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';

/** Files one message (or a new ticket) may carry. */
export const ATTACHMENTS_MAX = 5;
/** How long a just-uploaded file may take to reach support before attaching it is refused. */
const ARRIVAL_WAIT_MS = 3_000;

/** Support's copy of the files users uploaded through identity: what each may attach. */
export const attachmentUploads = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'identity',
    name: 'support.attachment-uploads',
    types: [ATTACHMENT_UPLOADED],
    log,
    async handle(event, tx) {
      const upload = parseEvent(ATTACHMENT_UPLOADED, event.payload);
      await tx.query(
        `INSERT INTO ticket_attachments (id, user_id, company_id, uploaded_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (id) DO NOTHING`,
        [upload.uploadId, upload.userId, upload.companyId, upload.at],
      );
    },
  });

/**
 * Attaches files `viewer` uploaded to a ticket (`messageId` null: the ticket itself) in the order given. Each
 * must be theirs and not attached yet. A file uploaded a moment ago may not have reached support's copy: it is
 * waited for briefly, so a client that uploads and then writes at once is not refused.
 */
export async function attach(
  tx: EntityManager,
  viewer: Viewer,
  ids: readonly string[] | null | undefined,
  target: { ticketId: string; messageId: string | null },
): Promise<void> {
  if (!ids?.length) return;
  const problems: FieldProblem[] = [];
  if (ids.length > ATTACHMENTS_MAX)
    problems.push({ field: 'attachmentIds', message: `must be at most ${ATTACHMENTS_MAX} files` });
  ids.forEach((id, i) => {
    if (!isUuid(id)) problems.push({ field: `attachmentIds.${i}`, message: 'is not an upload id' });
    else if (ids.indexOf(id) !== i)
      problems.push({ field: `attachmentIds.${i}`, message: 'is listed twice' });
  });
  assertValid(problems);
  await arrived(tx, ids);
  const [rows]: [{ id: string }[], number] = await tx.query(
    `UPDATE ticket_attachments a SET ticket_id = $3, message_id = $4, position = given.position
     FROM unnest($1::uuid[]) WITH ORDINALITY AS given(id, position)
     WHERE a.id = given.id AND a.user_id = $2 AND a.ticket_id IS NULL
     RETURNING a.id`,
    [ids, viewer.userId, target.ticketId, target.messageId],
  );
  const attached = new Set(rows.map((r) => r.id));
  assertValid(
    ids.flatMap((id, i) =>
      attached.has(id)
        ? []
        : [{ field: `attachmentIds.${i}`, message: 'is not a file you uploaded, or is attached already' }],
    ),
  );
}

/** Waits (a little) until every id is in support's copy; those that never come are refused by the caller. */
async function arrived(tx: EntityManager, ids: readonly string[]) {
  const deadline = Date.now() + ARRIVAL_WAIT_MS;
  for (;;) {
    const [{ known }] = await tx.query(
      'SELECT count(*)::int AS known FROM ticket_attachments WHERE id = ANY($1::uuid[])',
      [ids],
    );
    if (known === ids.length || Date.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
