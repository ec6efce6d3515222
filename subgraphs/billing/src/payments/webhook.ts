import { errorBody, type Logger } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource, EntityManager } from 'typeorm';
import { z } from 'zod';
import type { Billing } from '../runtime';
import { type AcquirerEvent, verifyWebhook, WEBHOOK_SIGNATURE_HEADER } from './acquirer';
import { EXPIRED_REASON } from './expiry';
import { lockPayment } from './rows';
import { fail, succeed } from './state';

const common = { id: z.string().min(1).max(200), paymentId: z.uuid(), reference: z.string().max(200) };
const acquirerEvent = z.discriminatedUnion('type', [
  z.object({
    ...common,
    type: z.literal('payment.succeeded'),
    cardMask: z.string().max(32),
    cardToken: z.string().max(200).nullable(),
  }),
  z.object({
    ...common,
    type: z.literal('payment.declined'),
    reason: z.string().max(500),
    cardMask: z.string().max(32).nullable(),
  }),
  z.object({ ...common, type: z.literal('payment.confirmation_required'), cardMask: z.string().max(32) }),
]);

class PaymentNotFound extends Error {}

/**
 * Applies one acquirer event to its payment, in one transaction with the record that the event was seen. A
 * payment that already ended ignores it (the acquirer repeating itself); one whose time ran out expires,
 * whatever the event says.
 */
async function apply(tx: EntityManager, event: AcquirerEvent, now: Date, log: Logger) {
  const payment = await lockPayment(tx, event.paymentId);
  if (payment?.method !== 'CARD') throw new PaymentNotFound();
  if (payment.state !== 'PENDING') return;
  if (payment.expiresAt && new Date(payment.expiresAt) <= now) {
    if (event.type === 'payment.succeeded') {
      log.error({ paymentId: payment.id }, 'the acquirer took money for an expired payment: refund it');
    }
    await fail(tx, [payment], 'EXPIRED', EXPIRED_REASON, now);
  } else if (event.type === 'payment.succeeded') {
    await succeed(tx, payment, now, { card: { mask: event.cardMask, token: event.cardToken } });
  } else if (event.type === 'payment.declined') {
    await fail(tx, [payment], 'DECLINED', event.reason, now);
  } else {
    await tx.query('UPDATE payments SET needs_confirmation = true, card_mask = $2 WHERE id = $1', [
      payment.id,
      event.cardMask,
    ]);
  }
}

/**
 * POST /webhooks/acquirer: the acquirer reports an outcome. Refused, with nothing written: a bad signature
 * (401), a signature older than 5 minutes by billing's clock (401), an event id seen before (409), a body
 * that is no event (400), a payment billing does not have (404, so the acquirer retries).
 */
export const acquirerWebhook =
  (billing: Billing) =>
  ({ db, log }: { db: DataSource; log: Logger }): RequestHandler => {
    const router = express.Router();
    router.post('/', express.raw({ type: () => true, limit: '64kb' }), async (req, res) => {
      const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const now = billing.clock.now();
      const check = verifyWebhook(
        billing.acquirerWebhookSecret,
        req.header(WEBHOOK_SIGNATURE_HEADER),
        raw,
        now,
      );
      if (check !== 'VALID') {
        const message = check === 'STALE' ? 'The signature is too old' : 'The signature does not match';
        res.status(401).json(errorBody('UNAUTHENTICATED', message));
        return;
      }
      let event: AcquirerEvent;
      try {
        event = acquirerEvent.parse(JSON.parse(raw.toString('utf8')));
      } catch {
        res.status(400).json(errorBody('BAD_REQUEST', 'The body is not an acquirer event'));
        return;
      }
      try {
        const fresh = await db.transaction(async (tx) => {
          const seen = await tx.query(
            `INSERT INTO acquirer_webhook_events (event_id, payment_id, received_at) VALUES ($1, $2, $3)
             ON CONFLICT DO NOTHING RETURNING event_id`,
            [event.id, event.paymentId, now],
          );
          if (seen.length === 0) return false;
          await apply(tx, event, now, log);
          return true;
        });
        if (!fresh) {
          res.status(409).json(errorBody('CONFLICT', 'This event was already received'));
          return;
        }
        res.json({ received: true });
      } catch (error) {
        if (!(error instanceof PaymentNotFound)) throw error;
        res.status(404).json(errorBody('NOT_FOUND', 'Payment not found'));
      }
    });
    return router;
  };
