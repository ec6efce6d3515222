import { DOCUMENT_READY, type DocumentReadyPayload } from '@kabinet/contracts';
import {
  backgroundTransaction,
  companyStream,
  type Logger,
  publishMany,
  repeatEvery,
  sendMessage,
} from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { Billing } from '../runtime';
import type { DocumentSubject } from './content';
import { downloadPath, EMAILED_URL_DAYS } from './download-urls';
import { storeFile } from './files';
import { documentLetter } from './letter';
import { DOCUMENT_COLUMNS, type DocumentRecord } from './records';
import { CONTENT_TYPES, EXTENSIONS, render } from './render';
import { requisitesOf } from './requisites';
import { recordSigningKey } from './signing-keys';
import { DOCUMENT_SOURCES, DOCUMENT_TITLES } from './types';

const POLL_MS = 200;

/** The file's name: the type's Russian name and the period, e.g. "Акт сверки 2026-11-01 — 2026-11-30.pdf". */
const filenameOf = (d: DocumentRecord) =>
  `${DOCUMENT_TITLES[d.type]} ${d.period.from} — ${d.period.to}.${EXTENSIONS[d.format]}`;

async function subjectOf(tx: EntityManager, d: DocumentRecord): Promise<DocumentSubject> {
  const company = await requisitesOf(tx, d.companyId);
  if (!company) throw new Error(`no requisites for company ${d.companyId}`);
  const [account] = d.accountId
    ? await tx.query('SELECT number FROM billing_accounts WHERE account_id = $1', [d.accountId])
    : [];
  // The contract number as requested: requisites may have changed since.
  return {
    company: { ...company, contractNumber: d.contractNumber },
    accountId: d.accountId,
    accountNumber: account?.number ?? null,
  };
}

/** The account's monthly invoices of the period, e-mailed now: they are SENT (kept from the first sending). */
const markInvoicesSent = (
  tx: EntityManager,
  accountId: string,
  period: { from: string; to: string },
  now: Date,
) =>
  tx.query(
    `UPDATE invoices SET sent_at = $4 WHERE account_id = $1 AND sent_at IS NULL
       AND month BETWEEN to_char($2::date, 'YYYY-MM') AND to_char($3::date, 'YYYY-MM')`,
    [accountId, period.from, period.to, now],
  );

/** How long a worker may take to produce a leased document before another may take it over. */
const LEASE = "interval '5 minutes'";

/**
 * Reads what a document says, in one read-only snapshot: a read-only transaction takes no transaction id, so
 * no durable consumer waits for it (they see only what is older than every open transaction that has one).
 */
const readContent = (db: DataSource, d: DocumentRecord) =>
  backgroundTransaction(db, async (tx) => {
    await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
    const subject = await subjectOf(tx, d);
    return { subject, content: await DOCUMENT_SOURCES[d.type].build(tx, subject, d.period) };
  });

/**
 * Produces one leased document: its content read in a snapshot, the file rendered outside any transaction (the
 * slow part), then in one short transaction the stored file, the operator's signature over its SHA-256, READY
 * with a DocumentReady event — and, when an e-mail was asked for, the letter with a download link in the
 * message outbox, and SENT. A document another worker finished meanwhile is left as it is.
 */
async function produce(billing: Billing, db: DataSource, d: DocumentRecord, log: Logger) {
  const now = billing.clock.now();
  const { signer } = billing.documents;
  const { subject, content } = await readContent(db, d);
  const bytes = await render(d.format, content, subject, { now, keyId: signer.keyId });
  await backgroundTransaction(db, async (tx) => {
    const [still] = await tx.query(
      `SELECT 1 FROM documents WHERE id = $1 AND status = 'PENDING' FOR UPDATE`,
      [d.id],
    );
    if (!still) return;
    const file = await storeFile(
      tx,
      {
        companyId: d.companyId,
        filename: filenameOf(d),
        contentType: CONTENT_TYPES[d.format],
        content: bytes,
      },
      now,
    );
    const signature = signer.sign(file.sha256);
    await recordSigningKey(tx, signer);
    const ready: DocumentRecord = {
      ...d,
      fileId: file.id,
      sha256: file.sha256,
      signature,
      keyId: signer.keyId,
    };
    let status: 'READY' | 'SENT' = 'READY';
    if (d.email) {
      const expiresAt = new Date(now.getTime() + EMAILED_URL_DAYS * 86_400_000);
      const link = billing.documents.publicUrl() + downloadPath(signer.urlKey, file.id, expiresAt);
      await sendMessage(tx, log, {
        channel: 'EMAIL',
        to: d.email,
        text: documentLetter(ready, link, expiresAt),
      });
      status = 'SENT';
      if (d.type === 'INVOICE' && d.accountId) await markInvoicesSent(tx, d.accountId, d.period, now);
    }
    await tx.query(
      `UPDATE documents SET status = $2, file_id = $3, sha256 = $4, signature = $5, key_id = $6, ready_at = $7
       WHERE id = $1`,
      [d.id, status, file.id, file.sha256, signature, signer.keyId, now],
    );
    const payload: DocumentReadyPayload = {
      documentId: d.id,
      companyId: d.companyId,
      accountId: d.accountId,
      type: d.type,
      format: d.format,
      sha256: file.sha256,
      keyId: signer.keyId,
    };
    await publishMany(tx, [
      { stream: companyStream(d.companyId), type: DOCUMENT_READY, companyId: d.companyId, payload },
    ]);
    log.info(
      { document: d.id, type: d.type, format: d.format, size: bytes.length, status },
      'document ready',
    );
  });
}

/**
 * Produces requested documents one at a time. Each is first leased in a short transaction (so replicas share
 * the work, and one left by a crashed worker is taken again once its lease ends), then produced. A document that
 * cannot be produced is FAILED with the reason (kept for staff; the customer sees FAILED and may ask again).
 */
export function documentWorker(billing: Billing, { db, log }: { db: DataSource; log: Logger }) {
  const lease = async (): Promise<DocumentRecord | null> => {
    const [rows]: [DocumentRecord[], number] = await backgroundTransaction(db, (tx) =>
      tx.query(
        `UPDATE documents d SET leased_until = now() + ${LEASE}
         WHERE d.id = (SELECT id FROM documents WHERE status = 'PENDING' AND (leased_until IS NULL OR leased_until < now())
                       ORDER BY created_at LIMIT 1 FOR UPDATE SKIP LOCKED)
         RETURNING ${DOCUMENT_COLUMNS}`,
      ),
    );
    return rows[0] ?? null;
  };
  const produceOne = async (): Promise<boolean> => {
    const d = await lease();
    if (!d) return false;
    try {
      await produce(billing, db, d, log);
    } catch (error) {
      log.error({ err: error, document: d.id }, 'document not produced');
      await db.query(
        `UPDATE documents SET status = 'FAILED', failure = $2 WHERE id = $1 AND status = 'PENDING'`,
        [d.id, String((error as Error)?.message ?? error).slice(0, 500)],
      );
    }
    return true;
  };
  return repeatEvery(
    POLL_MS,
    async () => {
      while (await produceOne());
    },
    { log, name: 'document worker' },
  );
}
