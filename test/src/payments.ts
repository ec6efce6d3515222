import { randomUUID } from 'node:crypto';
import { signWebhook } from '@kabinet/billing';
import type { RunningSystem } from './system';

/** The payment's fields the payment tests read. */
export const PAYMENT_FIELDS = `id state method needsConfirmation paymentUrl failureReason createdAt completedAt
  amount { amount currency } account { id }
  receipt { number issuedAt amount { amount } operator { name inn } cardMask }
  bankInvoice { number amount { amount } vat { amount } purpose payerAccount { id }
    payee { name inn kpp bankName bik correspondentAccount settlementAccount } }`;

export interface PaymentView {
  id: string;
  state: string;
  method: string;
  needsConfirmation: boolean;
  paymentUrl: string | null;
  failureReason: string | null;
  amount: { amount: string; currency: string };
  account: { id: string };
  receipt: { number: string; amount: { amount: string }; operator: { inn: string }; cardMask: string } | null;
  bankInvoice: {
    number: string;
    amount: { amount: string };
    vat: { amount: string };
    purpose: string;
    payerAccount: { id: string };
    payee: { inn: string; settlementAccount: string; bik: string };
  } | null;
}

export const CREATE_PAYMENT = `mutation ($input: CreatePaymentInput!) { createPayment(input: $input) { payment { ${PAYMENT_FIELDS} } } }`;

/** Creates a payment through the gateway; the whole answer (data or errors). */
export const createPayment = (
  system: RunningSystem,
  token: string,
  input: { accountId: string; amount: string; method: 'CARD' | 'INVOICE'; idempotencyKey?: string },
) =>
  system.query<{ createPayment: { payment: PaymentView } }>(
    CREATE_PAYMENT,
    { input: { idempotencyKey: `pay-${randomUUID()}`, ...input } },
    token,
  );

/** A payment as the caller sees it now (null: NOT_FOUND — not theirs, or none). */
export async function readPayment(system: RunningSystem, token: string, id: string) {
  const answer = await system.query<{ payment: PaymentView | null }>(
    `query ($id: ID!) { payment(id: $id) { ${PAYMENT_FIELDS} } }`,
    { id },
    token,
  );
  if (answer.errors?.[0].extensions?.code === 'NOT_FOUND') return null;
  if (answer.errors) throw new Error(JSON.stringify(answer.errors));
  return answer.data?.payment ?? null;
}

/** The payer on the payment page: posts the card number as the form would. */
export const payByCard = (paymentUrl: string, card: string) =>
  fetch(paymentUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ card }).toString(),
  });

/** An account's balance, as a number of kopecks. */
export async function balanceOf(system: RunningSystem, token: string, accountId: string): Promise<bigint> {
  const answer = await system.query<{ personalAccount: { balance: { amount: string } } }>(
    'query ($id: ID!) { personalAccount(id: $id) { balance { amount } } }',
    { id: accountId },
    token,
  );
  if (!answer.data?.personalAccount) throw new Error(JSON.stringify(answer.errors));
  return BigInt(answer.data.personalAccount.balance.amount.replace('.', ''));
}

/** Sends a webhook to the gateway as an acquirer would, signed with `secret` at `at`. */
export function sendWebhook(system: RunningSystem, body: object | string, at: Date, secret?: string) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  return fetch(`${system.gatewayUrl.replace(/\/graphql$/, '')}/webhooks/acquirer`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-acquirer-signature': signWebhook(secret ?? system.acquirerWebhookSecret, raw, at),
    },
    body: raw,
  });
}

/** Ledger entries posted for an account so far (the record, not the balance column), in no particular order. */
export async function ledgerOf(system: RunningSystem, accountId: string) {
  const rows: { amount: string; description: string; id: string }[] =
    await system.subgraphs.billing.db.dataSource.query(
      'SELECT id, amount_minor::text AS amount, description FROM ledger_entries WHERE account_id = $1 ORDER BY id',
      [accountId],
    );
  return rows;
}
