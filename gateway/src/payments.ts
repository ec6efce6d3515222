import { errorBody, type GatewayLink, type Logger } from '@kabinet/kit/core';
import type { Express } from 'express';
import type { ClientAddress } from './client-address';
import { proxyTo } from './proxy';

/** Payment pages and webhooks carry a card number or an event: a few kilobytes at most. */
const MAX_PAYMENT_BODY = 64 * 1024;

/** The acquirer's signature of a webhook (billing's `payments/acquirer.ts` checks it). */
const ACQUIRER_SIGNATURE_HEADER = 'x-acquirer-signature';

/**
 * Billing's public payment routes: the simulated acquirer's payment page (`GET`/`POST /pay/:id`, the
 * payment's `paymentUrl`) and the acquirer's signed webhook (`POST /webhooks/acquirer`). Billing checks
 * everything; the gateway only forwards, with its credential.
 */
export function proxyPayments(
  app: Express,
  billingUrl: string,
  link: GatewayLink,
  clientAddress: ClientAddress,
  log: Logger,
) {
  const route = (path: string, forwardHeaders: string[] = []) =>
    proxyTo(
      {
        subgraphUrl: billingUrl,
        path,
        maxBytes: MAX_PAYMENT_BODY,
        tooLarge: () => errorBody('PAYLOAD_TOO_LARGE', 'The request body is too large'),
        notFound: 'Payment not found',
        unavailable: 'Payments are unavailable',
        forwardHeaders,
      },
      link,
      clientAddress,
      log,
    );
  const page = route('/pay');
  app.get('/pay/:id', page);
  app.post('/pay/:id', page);
  app.post('/webhooks/acquirer', route('/webhooks/acquirer', [ACQUIRER_SIGNATURE_HEADER]));
}
