import { generateKeyPairSync } from 'node:crypto';
import { type Logger, startMessageRelay } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { issuedInvoices } from '../events/invoices-issued';
import type { Billing } from '../runtime';
import { serveFiles } from './files';
import { type DocumentSigner, documentSigner } from './signing';
import { registerSigningKey } from './signing-keys';
import { documentWorker } from './worker';

/** Documents' part of `BillingOptions`. */
export interface DocumentOptions {
  /**
   * The operator's Ed25519 key documents are signed with, and its id (DOCUMENT_SIGNING_KEY, DOCUMENT_KEY_ID).
   * Default: a key made here for this process only — a billing started alone in a test; `npm start` and the
   * e2e system pass one.
   */
  documentSigning?: { privateKeyPem: string; keyId: string };
  /** The gateway's public URL (GATEWAY_PUBLIC_URL): e-mailed download links point there. */
  publicUrl?: string | (() => string);
  /** The SMS/e-mail provider's webhook (MESSAGE_WEBHOOK_URL); without it letters stay in the outbox and the log. */
  messageWebhookUrl?: string;
}

/** What documents add to the `Billing` runtime. */
export interface DocumentsRuntime {
  signer: DocumentSigner;
  publicUrl: () => string;
  messageWebhookUrl?: string;
}

export function documentsRuntime(options: DocumentOptions): { documents: DocumentsRuntime } {
  const signing = options.documentSigning ?? {
    privateKeyPem: generateKeyPairSync('ed25519')
      .privateKey.export({ type: 'pkcs8', format: 'pem' })
      .toString(),
    keyId: 'ephemeral',
  };
  const { publicUrl = 'http://127.0.0.1:4000' } = options;
  return {
    documents: {
      signer: documentSigner(signing.privateKeyPem, signing.keyId),
      publicUrl: typeof publicUrl === 'string' ? () => publicUrl : publicUrl,
      messageWebhookUrl: options.messageWebhookUrl,
    },
  };
}

type Deps = { db: DataSource; log: Logger };

/** GET /files/:id?token=…: generated files behind signed links (the gateway forwards it). */
export const documentRoutes = (billing: Billing) => [
  { path: '/files', handler: serveFiles(billing.clock, billing.documents.signer.urlKey) },
];

/**
 * The worker that produces requested documents, the monthly subscriptions' requests after each billing run,
 * and the relay of letters to the provider, if any.
 */
export const documentWorkers = (billing: Billing, deps: Deps) => {
  const url = billing.documents.messageWebhookUrl;
  return [
    documentWorker(billing, deps),
    ...issuedInvoices(deps),
    ...(url ? [startMessageRelay({ ...deps, url })] : []),
  ];
};

/** Before serving: the signing key's public half is on record for verifyDocument. */
export const prepareDocuments = (billing: Billing, { db }: Deps) =>
  registerSigningKey(db, billing.documents.signer);
