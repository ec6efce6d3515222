import { randomBytes, randomUUID } from 'node:crypto';
import { demoPlan } from '@kabinet/dev';
import { gatewayLink, type Viewer } from '@kabinet/kit';
import { type RunningSubgraph, startSubgraph } from '@kabinet/kit/testing';
import { signWebhook } from '../src/payments/acquirer';
import { billingSubgraph } from '../src/server';

// A property of the ledger under load: 2,000 concurrent operations — staff postings of every kind and card
// payments' webhooks — over 20 accounts, with 10% of them repeating an earlier idempotency key or event, and
// random retries sent alongside the original. Afterwards every balance equals the sum of its entries, every
// key and every payment is posted once, and the ledger moved by exactly what the distinct inputs add up to.

const OPERATIONS = 2_000;
const ACCOUNTS = 20;
const CARD_SHARE = 0.3;
const DUPLICATE_SHARE = 0.1;
const RETRY_SHARE = 0.1;
const IN_FLIGHT = 64;

const SIGN = { PAYMENT: 1n, CREDIT: 1n, CHARGE: -1n, REFUND: -1n } as const;
type Kind = keyof typeof SIGN;

/** A deterministic pseudo-random sequence, so a failure can be replayed. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('the ledger under concurrent postings and webhooks', () => {
  // Four companies of five accounts: postings of one company serialise on its event stream, as they must.
  const plan = demoPlan(
    Array.from({ length: 4 }, (_, i) => ({
      key: `load-${i}`,
      name: `ООО «Нагрузка ${i}»`,
      accounts: ACCOUNTS / 4,
    })),
  );
  const secret = randomBytes(32).toString('hex');
  const staff: Viewer = { userId: plan.staff[0].id, companyId: null, role: 'OPERATOR' };
  let billing: RunningSubgraph;

  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph({ acquirerWebhookSecret: secret }), plan);
  });
  afterAll(() => billing?.stop());

  const query = <T>(sql: string, params: unknown[] = []): Promise<T[]> =>
    billing.db.dataSource.query(sql, params);

  /** Sends an acquirer event to billing's webhook as the gateway would forward it. */
  const webhook = (event: object) => {
    const body = JSON.stringify(event);
    const link = gatewayLink(billing.secret);
    return fetch(billing.url.replace(/\/graphql$/, '/webhooks/acquirer'), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-acquirer-signature': signWebhook(secret, body, new Date()),
        ...link.headersFor({ viewer: null, ip: '127.0.0.1', userAgent: 'jest', requestId: 'load' }),
      },
      body,
    }).then((r) => r.status);
  };

  it('keeps every balance equal to its entries and posts every key and payment once', async () => {
    const next = random(20261130);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
    const accounts = plan.companies.flatMap((c) => c.accounts.map((a) => a.id));
    const [{ total: ledgerBefore }] = await query<{ total: string }>(
      'SELECT coalesce(sum(amount_minor), 0)::text AS total FROM ledger_entries',
    );
    const [{ n: entriesBefore }] = await query<{ n: number }>(
      'SELECT count(*)::int AS n FROM ledger_entries',
    );

    // Card payments awaiting their webhook, written as createPayment leaves them (its own tests are in
    // test/e2e/payments): what is under test here is the settling, not the creating.
    const cards = Math.round(OPERATIONS * CARD_SHARE);
    const payments = Array.from({ length: cards }, () => ({
      id: randomUUID(),
      accountId: pick(accounts),
      amountMinor: BigInt(1 + Math.floor(next() * 500_000)),
    }));
    await query(
      `INSERT INTO payments (id, account_id, company_id, method, state, amount_minor, currency, idempotency_key,
         created_at, expires_at)
       SELECT p.id, p.account_id, a.company_id, 'CARD', 'PENDING', p.amount_minor, a.currency, p.id::text, now(),
         now() + interval '30 minutes'
       FROM unnest($1::uuid[], $2::uuid[], $3::bigint[]) AS p(id, account_id, amount_minor)
       JOIN billing_accounts a USING (account_id)`,
      [
        payments.map((p) => p.id),
        payments.map((p) => p.accountId),
        payments.map((p) => String(p.amountMinor)),
      ],
    );

    // The operations: postings with their keys, and each payment's outcome once; 10% repeat an earlier one.
    type Operation = () => Promise<unknown>;
    const operations: Operation[] = [];
    const postings: { key: string; input: object }[] = [];
    const events: object[] = [];
    let expected = 0n;
    const succeeded = new Set<string>();
    const post = ({ key, input }: { key: string; input: object }) =>
      billing
        .call(
          'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
          { i: { ...input, idempotencyKey: key } },
          staff,
        )
        .then((r) => {
          if (r.errors) throw new Error(JSON.stringify(r.errors));
        });
    let cardIndex = 0;
    while (operations.length < OPERATIONS) {
      const repeat = operations.length > 0 && next() < DUPLICATE_SHARE;
      let operation: Operation;
      if (repeat && (events.length === 0 || next() < 0.5) && postings.length > 0) {
        const earlier = pick(postings);
        operation = () => post(earlier);
      } else if (repeat && events.length > 0) {
        const earlier = pick(events);
        // The acquirer repeating itself: the same event (a replay, refused) or the same outcome anew.
        operation = () => webhook(next() < 0.5 ? earlier : { ...earlier, id: `evt_${randomUUID()}` });
      } else if (cardIndex < payments.length && next() < CARD_SHARE / (1 - DUPLICATE_SHARE)) {
        const payment = payments[cardIndex++];
        const succeeds = next() < 0.8;
        const event = succeeds
          ? { type: 'payment.succeeded', cardMask: '**** 4242', cardToken: null }
          : { type: 'payment.declined', reason: 'Declined by the card issuer', cardMask: '**** 0002' };
        const full = {
          id: `evt_${randomUUID()}`,
          paymentId: payment.id,
          reference: `sim_${payment.id}`,
          ...event,
        };
        events.push(full);
        if (succeeds) {
          expected += payment.amountMinor;
          succeeded.add(payment.id);
        }
        operation = () => webhook(full);
      } else {
        const kind = pick(Object.keys(SIGN) as Kind[]);
        const amountMinor = BigInt(1 + Math.floor(next() * 1_000_000));
        const posting = {
          key: `load-${randomUUID()}`,
          input: {
            accountId: pick(accounts),
            kind,
            amount: `${amountMinor / 100n}.${String(amountMinor % 100n).padStart(2, '0')}`,
            description: 'Нагрузка',
          },
        };
        postings.push(posting);
        expected += SIGN[kind] * amountMinor;
        operation = () => post(posting);
      }
      // A client that timed out and retried: the same request again, at the same time.
      operations.push(next() < RETRY_SHARE ? () => Promise.all([operation(), operation()]) : operation);
    }

    let cursor = 0;
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        while (cursor < operations.length) await operations[cursor++]();
      }),
    );

    const drift = await query(
      `SELECT a.account_id FROM billing_accounts a
       LEFT JOIN (SELECT account_id, sum(amount_minor) AS total FROM ledger_entries GROUP BY account_id) e
         USING (account_id)
       WHERE a.balance_minor <> coalesce(e.total, 0)`,
    );
    expect(drift).toEqual([]);

    const [{ total: ledgerAfter }] = await query<{ total: string }>(
      'SELECT coalesce(sum(amount_minor), 0)::text AS total FROM ledger_entries',
    );
    expect(BigInt(ledgerAfter) - BigInt(ledgerBefore)).toBe(expected);

    const [{ n: entriesAfter }] = await query<{ n: number }>('SELECT count(*)::int AS n FROM ledger_entries');
    expect(entriesAfter - entriesBefore).toBe(postings.length + succeeded.size);
    const [{ n: keys }] = await query<{ n: number }>(
      "SELECT count(*)::int AS n FROM idempotency_keys WHERE scope LIKE 'postLedgerEntry:%'",
    );
    expect(keys).toBe(postings.length);

    const settled = await query<{ id: string; state: string; entries: number }>(
      `SELECT p.id, p.state, count(e.id)::int AS entries FROM payments p
       LEFT JOIN ledger_entries e ON e.id = p.ledger_entry_id GROUP BY p.id`,
    );
    for (const payment of settled) {
      const sent = events.some((e) => (e as { paymentId: string }).paymentId === payment.id);
      const state = succeeded.has(payment.id) ? 'SUCCEEDED' : sent ? 'DECLINED' : 'PENDING';
      expect([payment.id, payment.state, payment.entries]).toEqual([
        payment.id,
        state,
        state === 'SUCCEEDED' ? 1 : 0,
      ]);
    }
  }, 120_000);
});
