import { randomUUID } from 'node:crypto';
import { PAYMENT_FAILED } from '@kabinet/contracts';
import { demoPlan } from '@kabinet/dev';
import type { Viewer } from '@kabinet/kit';
import { eventually, type RunningSubgraph, startSubgraph, testClock } from '@kabinet/kit/testing';
import { billingSubgraph } from '../src/server';

// Unpaid card payments expire in the background too, when nobody reads them: their PaymentFailed goes out.
describe('the payment expiry sweep', () => {
  const plan = demoPlan([{ key: 'e', name: 'ООО «Срок»', accounts: 1 }]);
  const [company] = plan.companies;
  const admin: Viewer = { userId: company.admin.id, companyId: company.id, role: 'ADMIN' };
  const clock = testClock(new Date('2026-11-30T09:00:00Z'));
  let billing: RunningSubgraph;

  beforeAll(async () => {
    billing = await startSubgraph(billingSubgraph({ clock, paymentExpirySweepMs: 50 }), plan);
  });
  afterAll(() => billing?.stop());

  const stateOf = async (id: string) =>
    (await billing.db.dataSource.query('SELECT state FROM payments WHERE id = $1', [id]))[0].state;

  it('expires a card payment 30 minutes after it was made by the clock, not before; INVOICE waits', async () => {
    const create = async (method: 'CARD' | 'INVOICE') => {
      const answer = await billing.call<{ createPayment: { payment: { id: string } } }>(
        'mutation ($i: CreatePaymentInput!) { createPayment(input: $i) { payment { id } } }',
        {
          i: {
            accountId: company.accounts[0].id,
            amount: '12.34',
            method,
            idempotencyKey: `sweep-${randomUUID()}`,
          },
        },
        admin,
      );
      if (!answer.data) throw new Error(JSON.stringify(answer.errors));
      return answer.data.createPayment.payment.id;
    };
    const early = await create('CARD');
    clock.advance(60_000);
    const card = await create('CARD');
    const invoice = await create('INVOICE');
    clock.advance(29 * 60_000);
    // The earlier payment's expiry proves a sweep ran at this time: the later one, 29 minutes old, stays.
    await eventually(
      async () => (await stateOf(early)) === 'EXPIRED',
      'the sweep expires the earlier payment',
    );
    expect(await stateOf(card)).toBe('PENDING');
    clock.advance(60_000);
    await eventually(async () => (await stateOf(card)) === 'EXPIRED', 'the sweep expires the card payment');
    const events = await billing.db.dataSource.query(
      "SELECT type, payload->>'state' AS state FROM outbox WHERE payload->>'paymentId' = $1",
      [card],
    );
    expect(events).toEqual([{ type: PAYMENT_FAILED, state: 'EXPIRED' }]);
    expect(await stateOf(invoice)).toBe('PENDING');
  });
});
