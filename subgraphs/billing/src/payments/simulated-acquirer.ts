import { randomUUID } from 'node:crypto';
import { type Clock, errorBody, isUuid, type Logger } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';
import {
  type Acquirer,
  type AcquirerEvent,
  type AcquirerPayment,
  type ConfirmAnswer,
  signWebhook,
  WEBHOOK_SIGNATURE_HEADER,
} from './acquirer';
import { cardForm, outcomePage, type PageSession } from './payment-page';

/** Test cards, as the contract tests and the web app know them. */
export const TEST_CARDS = {
  succeeds: '4242424242424242',
  declined: '4000000000000002',
  needsConfirmation: '4000000000003220',
} as const;
/** The confirmation code the simulated issuer accepts. */
export const CONFIRMATION_CODE = '123456';
/** Wrong codes before the payment is declined. */
export const MAX_WRONG_CODES = 3;

/** The webhook's path on the gateway (public: the acquirer signs, nobody signs in). */
export const WEBHOOK_PATH = '/webhooks/acquirer';

type SessionState = 'OPEN' | 'AWAITING_CODE' | 'SUCCEEDED' | 'DECLINED';

export interface SimulatedAcquirerOptions {
  clock: Clock;
  webhookSecret: string;
  /** The gateway's public URL: payment pages are served there, and webhooks are sent there. */
  publicUrl: () => string;
}

const mask = (card: string) => `**** ${card.slice(-4)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A card acquirer played inside billing's process, for development and tests: it serves its payment page at
 * `/pay/:id` (through the gateway), keeps its sessions in its own table, and reports every outcome the way a
 * real one does — a signed webhook over HTTP through the gateway, retried until billing answers. Its pages
 * need the database, which billing hands it when it mounts them (`pages`).
 */
export function simulatedAcquirer({ clock, webhookSecret, publicUrl }: SimulatedAcquirerOptions) {
  let db: DataSource | null = null;
  let log: Logger | null = null;
  const database = () => {
    if (!db) throw new Error('the simulated acquirer is not mounted (billing mounts it with its pages)');
    return db;
  };

  /** Sends an event to billing's webhook, retrying until it is taken (or refused for good). */
  async function deliver(event: AcquirerEvent): Promise<number | null> {
    const body = JSON.stringify(event);
    for (let attempt = 0; attempt < 8; attempt++) {
      try {
        const response = await fetch(`${publicUrl()}${WEBHOOK_PATH}`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            [WEBHOOK_SIGNATURE_HEADER]: signWebhook(webhookSecret, body, clock.now()),
          },
          body,
        });
        await response.arrayBuffer();
        // 404: the payment's transaction has not committed yet (an off-session charge); 5xx: try later.
        if (response.status < 500 && response.status !== 404) return response.status;
      } catch (err) {
        log?.warn({ err, paymentId: event.paymentId }, 'acquirer webhook not delivered, retrying');
      }
      await sleep(50 * 2 ** attempt);
    }
    log?.error({ paymentId: event.paymentId, type: event.type }, 'acquirer webhook given up');
    return null;
  }

  const reference = (paymentId: string) => `sim_${paymentId}`;
  const paymentIdOf = (ref: string) => ref.replace(/^sim_/, '');

  /** What a card does: the outcome, and the event that reports it. */
  function outcomeOf(paymentId: string, card: string, offSession: boolean) {
    const common = { id: randomUUID(), paymentId, reference: reference(paymentId) };
    if (card === TEST_CARDS.succeeds) {
      const cardToken = `sim_card_${randomUUID()}`;
      const event: AcquirerEvent = { ...common, type: 'payment.succeeded', cardMask: mask(card), cardToken };
      return { state: 'SUCCEEDED' as SessionState, cardToken, event };
    }
    if (card === TEST_CARDS.needsConfirmation && !offSession) {
      const event: AcquirerEvent = { ...common, type: 'payment.confirmation_required', cardMask: mask(card) };
      return { state: 'AWAITING_CODE' as SessionState, cardToken: null, event };
    }
    const reason =
      card === TEST_CARDS.needsConfirmation
        ? 'The card needs the payer to confirm each payment'
        : 'Declined by the card issuer';
    const event: AcquirerEvent = { ...common, type: 'payment.declined', reason, cardMask: mask(card) };
    return { state: 'DECLINED' as SessionState, cardToken: null, event };
  }

  async function openSession(payment: AcquirerPayment, state: SessionState = 'OPEN', card?: string) {
    await database().query(
      `INSERT INTO simulated_acquirer_sessions (payment_id, amount_minor, currency, description, state, card_number,
         expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (payment_id) DO NOTHING`,
      [
        payment.paymentId,
        String(payment.amountMinor),
        payment.currency,
        payment.description,
        state,
        card ?? null,
        payment.expiresAt,
      ],
    );
  }

  const acquirer: Acquirer = {
    async start(payment) {
      await openSession(payment);
      return {
        reference: reference(payment.paymentId),
        paymentUrl: `${publicUrl()}/pay/${payment.paymentId}`,
      };
    },

    async confirm(ref, code): Promise<ConfirmAnswer> {
      const paymentId = paymentIdOf(ref);
      const right = code === CONFIRMATION_CODE;
      const [[row]] = await database().query(
        `UPDATE simulated_acquirer_sessions
         SET wrong_codes = wrong_codes + CASE WHEN $2 THEN 0 ELSE 1 END,
             state = CASE WHEN $2 THEN 'SUCCEEDED' WHEN wrong_codes + 1 >= $3 THEN 'DECLINED' ELSE state END
         WHERE payment_id = $1 AND state = 'AWAITING_CODE'
         RETURNING state, wrong_codes, card_number`,
        [paymentId, right, MAX_WRONG_CODES],
      );
      if (!row) return { outcome: 'NOT_AWAITING' };
      const common = { id: randomUUID(), paymentId, reference: ref };
      if (row.state === 'SUCCEEDED') {
        const cardToken = `sim_card_${randomUUID()}`;
        await database().query(
          'UPDATE simulated_acquirer_sessions SET card_token = $2 WHERE payment_id = $1',
          [paymentId, cardToken],
        );
        await deliver({ ...common, type: 'payment.succeeded', cardMask: mask(row.card_number), cardToken });
        return { outcome: 'ACCEPTED' };
      }
      if (row.state === 'DECLINED') {
        const reason = 'Wrong confirmation code entered too many times';
        await deliver({ ...common, type: 'payment.declined', reason, cardMask: mask(row.card_number) });
        return { outcome: 'DECLINED' };
      }
      return { outcome: 'WRONG_CODE', attemptsLeft: MAX_WRONG_CODES - row.wrong_codes };
    },

    async chargeSavedCard(payment) {
      const [saved] = await database().query(
        'SELECT card_number FROM simulated_acquirer_sessions WHERE card_token = $1 LIMIT 1',
        [payment.cardToken],
      );
      const card: string = saved?.card_number ?? '';
      const { state, event } = outcomeOf(payment.paymentId, card, true);
      await openSession(payment, state, card || undefined);
      // The caller's transaction commits the payment after this returns: the webhook retries until it has.
      void deliver(event);
      return { reference: reference(payment.paymentId) };
    },
  };

  /** GET /pay/:id shows the form; POST /pay/:id (urlencoded `card`) pays. */
  const pages = (deps: { db: DataSource; log: Logger }): RequestHandler => {
    db = deps.db;
    log = deps.log;
    const router = express.Router();
    const session = async (
      id: string,
    ): Promise<(PageSession & { state: SessionState; expired: boolean }) | null> => {
      if (!isUuid(id)) return null;
      const [row] = await database().query(
        `SELECT payment_id AS "paymentId", amount_minor::text AS "amountMinor", currency, description, state,
           expires_at <= $2 AS expired
         FROM simulated_acquirer_sessions WHERE payment_id = $1`,
        [id, clock.now()],
      );
      return row ?? null;
    };
    const notFound = (res: express.Response) =>
      void res.status(404).json(errorBody('NOT_FOUND', 'Payment not found'));
    router.get('/:id', async (req, res) => {
      const found = await session(req.params.id);
      if (!found) return notFound(res);
      const closed = found.state !== 'OPEN';
      res
        .type('html')
        .send(closed ? outcomePage('CLOSED') : found.expired ? outcomePage('EXPIRED') : cardForm(found));
    });
    router.post('/:id', express.urlencoded({ extended: false, limit: '4kb' }), async (req, res) => {
      const found = await session(req.params.id);
      if (!found) return notFound(res);
      const card = String((req.body as { card?: unknown })?.card ?? '').replace(/[\s-]/g, '');
      if (!/^\d{12,19}$/.test(card)) {
        res.status(400).json(errorBody('BAD_USER_INPUT', 'must be a card number of 12 to 19 digits', 'card'));
        return;
      }
      const outcome = outcomeOf(found.paymentId, card, false);
      const [[taken]] = await database().query(
        `UPDATE simulated_acquirer_sessions SET state = $2, card_number = $3, card_token = $4
         WHERE payment_id = $1 AND state = 'OPEN' AND expires_at > $5 RETURNING payment_id`,
        [found.paymentId, outcome.state, card, outcome.cardToken, clock.now()],
      );
      if (!taken) {
        res
          .status(409)
          .type('html')
          .send(outcomePage(found.expired ? 'EXPIRED' : 'CLOSED'));
        return;
      }
      await deliver(outcome.event);
      res.type('html').send(outcomePage(outcome.state as 'SUCCEEDED' | 'DECLINED' | 'AWAITING_CODE'));
    });
    return router;
  };

  return { acquirer, pages };
}
