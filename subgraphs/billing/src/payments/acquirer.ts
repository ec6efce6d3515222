import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The acquirer adapter: everything billing asks of a card acquirer, and the one way the acquirer answers —
 * a signed webhook. Plug a real acquirer in by implementing `Acquirer` (passed as `BillingOptions.acquirer`)
 * and having it call `POST /webhooks/acquirer` (public, through the gateway) with `AcquirerEvent`s signed as
 * `signWebhook` does. In development `simulated-acquirer.ts` plays the acquirer inside billing's process.
 *
 * Outcomes never come back as return values: a payment SUCCEEDS or is DECLINED only when its webhook arrives,
 * so one code path posts money, whoever the acquirer is and however often it retries.
 */
export interface Acquirer {
  /** Opens a payment session for the payer; answers where to send them to enter the card. */
  start(payment: AcquirerPayment): Promise<{ reference: string; paymentUrl: string }>;
  /**
   * Passes on the payer's confirmation code (3-D Secure style), for a payment the acquirer reported as
   * needing one. WRONG_CODE: ask again (`attemptsLeft`); DECLINED: too many wrong codes (a webhook follows);
   * ACCEPTED: the outcome follows by webhook.
   */
  confirm(reference: string, code: string): Promise<ConfirmAnswer>;
  /**
   * Charges a card saved by an earlier payment (its `cardToken`, from the SUCCEEDED webhook) without the
   * payer: auto top-up. Answers the session's reference; the outcome follows by webhook, after the caller's
   * transaction has committed.
   */
  chargeSavedCard(payment: AcquirerPayment & { cardToken: string }): Promise<{ reference: string }>;
}

/** What the acquirer is told of a payment. */
export interface AcquirerPayment {
  /** Billing's payment id: the acquirer sends it back in every event. */
  paymentId: string;
  amountMinor: bigint;
  currency: string;
  /** What the payer sees on the payment page. */
  description: string;
  /** The session must not be paid after this. */
  expiresAt: Date;
}

export type ConfirmAnswer =
  | { outcome: 'ACCEPTED' }
  | { outcome: 'WRONG_CODE'; attemptsLeft: number }
  | { outcome: 'DECLINED' }
  | { outcome: 'NOT_AWAITING' };

/** What the acquirer reports about a payment, as the JSON body of a webhook. */
export type AcquirerEvent =
  | (EventBase & { type: 'payment.succeeded'; cardMask: string; cardToken: string | null })
  | (EventBase & { type: 'payment.declined'; reason: string; cardMask: string | null })
  | (EventBase & { type: 'payment.confirmation_required'; cardMask: string });

interface EventBase {
  /** Unique per event: an event id seen before is refused (a replay). */
  id: string;
  paymentId: string;
  reference: string;
}

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">`. */
export const WEBHOOK_SIGNATURE_HEADER = 'x-acquirer-signature';

/** A webhook signed longer ago than this (or this far ahead) is refused: a replay of an old capture. */
export const WEBHOOK_TOLERANCE_MS = 5 * 60 * 1000;

const hmac = (secret: string, timestamp: number, rawBody: Buffer | string) =>
  createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex');

/** The signature header's value for `rawBody` sent at `now`. */
export const signWebhook = (secret: string, rawBody: Buffer | string, now: Date): string => {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmac(secret, timestamp, rawBody)}`;
};

export type SignatureCheck = 'VALID' | 'BAD_SIGNATURE' | 'STALE';

/** Checks a webhook's signature header against its raw body, and its age against `now`. */
export function verifyWebhook(
  secret: string,
  header: string | undefined,
  rawBody: Buffer,
  now: Date,
): SignatureCheck {
  const parts = new Map(
    (header ?? '').split(',').map((part) => {
      const at = part.indexOf('=');
      return [part.slice(0, at).trim(), part.slice(at + 1).trim()] as const;
    }),
  );
  const timestamp = Number(parts.get('t'));
  const given = Buffer.from(parts.get('v1') ?? '', 'hex');
  if (!Number.isSafeInteger(timestamp) || given.length !== 32) return 'BAD_SIGNATURE';
  if (!timingSafeEqual(given, Buffer.from(hmac(secret, timestamp, rawBody), 'hex'))) return 'BAD_SIGNATURE';
  return Math.abs(now.getTime() - timestamp * 1000) > WEBHOOK_TOLERANCE_MS ? 'STALE' : 'VALID';
}
