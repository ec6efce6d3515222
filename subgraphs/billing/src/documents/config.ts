import { createPrivateKey } from 'node:crypto';
import { messageWebhookUrlConfig, pem } from '@kabinet/kit';
import { z } from 'zod';

/** Documents' environment, read once at start-up (`src/index.ts`). */
export const documentsConfig = z.object({
  /** The operator's Ed25519 document signing key, PKCS8 PEM (npm start makes one in .data/secrets.json). */
  DOCUMENT_SIGNING_KEY: pem('PRIVATE KEY').refine((text) => {
    try {
      return createPrivateKey(text).asymmetricKeyType === 'ed25519';
    } catch {
      return false;
    }
  }, 'must be an Ed25519 private key (PKCS8 PEM)'),
  /** Its id, given with every signature; a new key takes a new id. */
  DOCUMENT_KEY_ID: z
    .string()
    .regex(/^[A-Za-z0-9._-]{1,64}$/, 'must be 1 to 64 letters, digits, dots, dashes or underscores')
    .default('d1'),
  /** The SMS/e-mail provider, as for identity: unset, letters stay in billing.outgoing_messages and the log. */
  MESSAGE_WEBHOOK_URL: messageWebhookUrlConfig,
});

/** The documents part of `BillingOptions`, from the environment. */
export const documentOptionsFrom = (config: z.infer<typeof documentsConfig>) => ({
  documentSigning: { privateKeyPem: config.DOCUMENT_SIGNING_KEY, keyId: config.DOCUMENT_KEY_ID },
  messageWebhookUrl: config.MESSAGE_WEBHOOK_URL,
});
