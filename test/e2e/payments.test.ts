import { randomUUID } from 'node:crypto';
import { signWebhook } from '@kabinet/billing';
import { PAYMENT_FAILED, PAYMENT_SUCCEEDED } from '@kabinet/contracts';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, testClock } from '@kabinet/kit/testing';
import {
  balanceOf,
  createPayment,
  ledgerOf,
  type PaymentView,
  payByCard,
  readPayment,
  sendWebhook,
} from '../src/payments';
import { type RunningSystem, startSystem } from '../src/system';

const OPERATOR_INN = '7707049388';
const CARDS = { succeeds: '4242424242424242', declined: '4000000000000002', confirm: '4000000000003220' };
const CONFIRM = `mutation ($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { payment { id state needsConfirmation } } }`;
const REGISTRY = `mutation ($inputs: [PostLedgerEntryInput!]!) { postLedgerEntries(inputs: $inputs) { entry { id amount { amount } } } }`;

describe('payments through the gateway', () => {
  const plan = demoPlan([
    { key: 'a', name: 'ООО «А»', accounts: 3 },
    { key: 'b', name: 'ООО «Б»', accounts: 1 },
  ]);
  const [a, b] = plan.companies;
  const clock = testClock(new Date('2026-11-30T10:00:00Z'));
  // The demo's history leads up to the clock, not to the real date.
  plan.asOf = clock.now();
  let system: RunningSystem;
  let admin: string;
  let staff: string;

  /** Events billing published for a payment, by type. */
  const eventsOf = async (paymentId: string) =>
    (
      await system.subgraphs.billing.db.dataSource.query(
        "SELECT type FROM outbox WHERE payload->>'paymentId' = $1 ORDER BY id",
        [paymentId],
      )
    ).map((r: { type: string }) => r.type);
  const stateOf = (id: string) => readPayment(system, admin, id).then((p) => p?.state);
  const created = async (input: Parameters<typeof createPayment>[2], token = admin) => {
    const answer = await createPayment(system, token, input);
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data.createPayment.payment;
  };
  const paymentCount = async () =>
    Number((await system.subgraphs.billing.db.dataSource.query('SELECT count(*) FROM payments'))[0].count);

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(a.admin.login, DEMO_PASSWORD);
    staff = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('pays by card: the page takes the card, the webhook posts once, the balance changes live', async () => {
    const account = a.accounts[0].id;
    const before = await balanceOf(system, admin, account);
    const socket = system.socket(admin);
    const live = socket.subscribe<{ balanceChanged: { kind: string; amount: { amount: string } } }>(
      'subscription ($after: Int, $ids: [ID!]) { balanceChanged(accountIds: $ids, after: $after) { kind amount { amount } } }',
      { ids: [account], after: await system.streamHead(a.id) },
    );
    const payment = await created({ accountId: account, amount: '1500.00', method: 'CARD' });
    expect(payment).toMatchObject({ state: 'PENDING', method: 'CARD', amount: { amount: '1500.00' } });
    expect(payment.paymentUrl).toBe(`${new URL(system.gatewayUrl).origin}/pay/${payment.id}`);

    const page = await fetch(payment.paymentUrl as string);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('1500.00');

    expect((await payByCard(payment.paymentUrl as string, CARDS.succeeds)).status).toBe(200);
    await eventually(async () => (await stateOf(payment.id)) === 'SUCCEEDED', 'the card payment succeeded');
    expect(await balanceOf(system, admin, account)).toBe(before + 150_000n);
    await live.waitFor(1);
    expect(live.results[0].data?.balanceChanged).toEqual({ kind: 'PAYMENT', amount: { amount: '1500.00' } });

    const paid = (await readPayment(system, admin, payment.id)) as PaymentView;
    expect(paid.paymentUrl).toBeNull();
    expect(paid.receipt).toMatchObject({
      number: expect.stringMatching(/^ЧК-2026-\d{6}$/),
      amount: { amount: '1500.00' },
      operator: { inn: OPERATOR_INN },
      cardMask: '**** 4242',
    });
    const list = await system.query<{
      personalAccount: { payments: { edges: { node: { id: string; state: string } }[] } };
    }>(
      'query ($id: ID!) { personalAccount(id: $id) { payments(first: 5) { edges { node { id state } } } } }',
      { id: account },
      admin,
    );
    expect(list.data?.personalAccount.payments.edges[0].node).toEqual({ id: payment.id, state: 'SUCCEEDED' });
    expect(await eventsOf(payment.id)).toEqual([PAYMENT_SUCCEEDED]);
    // The day's statement shows it, and it is the account's last payment.
    const statement = await system.query<{
      personalAccount: {
        lastPayment: { amount: { amount: string } };
        statement: { payments: { amount: string }; operations: { edges: { node: { kind: string } }[] } };
      };
    }>(
      `query ($id: ID!) { personalAccount(id: $id) { lastPayment { amount { amount } }
         statement(period: { from: "2026-11-30", to: "2026-11-30" }) { payments { amount }
           operations(first: 1) { edges { node { kind } } } } } }`,
      { id: account },
      admin,
    );
    expect(statement.data?.personalAccount).toEqual({
      lastPayment: { amount: { amount: '1500.00' } },
      statement: { payments: { amount: '1500.00' }, operations: { edges: [{ node: { kind: 'PAYMENT' } }] } },
    });
    // Only UUIDs leave the gateway: nothing else names a payment page.
    const origin = new URL(system.gatewayUrl).origin;
    for (const path of ['/pay/not-a-payment', '/pay/..%2Fgraphql', `/pay/${payment.id}x`]) {
      expect([path, (await fetch(`${origin}${path}`)).status]).toEqual([path, 404]);
    }
    // The page is closed now: a second card cannot pay it again.
    expect((await payByCard(payment.paymentUrl as string, CARDS.succeeds)).status).toBe(409);
    expect(await balanceOf(system, admin, account)).toBe(before + 150_000n);
    await socket.client.dispose();
  });

  it('declines a declined card: no money, the reason said, PaymentFailed published', async () => {
    const account = a.accounts[1].id;
    const before = await ledgerOf(system, account);
    const payment = await created({ accountId: account, amount: '99.99', method: 'CARD' });
    await payByCard(payment.paymentUrl as string, CARDS.declined);
    await eventually(async () => (await stateOf(payment.id)) === 'DECLINED', 'the payment declined');
    const declined = (await readPayment(system, admin, payment.id)) as PaymentView;
    expect(declined.failureReason).toBe('Declined by the card issuer');
    expect(declined.receipt).toBeNull();
    expect(await ledgerOf(system, account)).toEqual(before);
    expect(await eventsOf(payment.id)).toEqual([PAYMENT_FAILED]);
  });

  it('asks for the confirmation code: a wrong one is refused naming the field, the right one pays', async () => {
    const account = a.accounts[1].id;
    const before = await balanceOf(system, admin, account);
    const payment = await created({ accountId: account, amount: '250.00', method: 'CARD' });
    await payByCard(payment.paymentUrl as string, CARDS.confirm);
    await eventually(
      async () => (await readPayment(system, admin, payment.id))?.needsConfirmation,
      'the payment waits for its code',
    );
    expect(await stateOf(payment.id)).toBe('PENDING');

    const wrong = await system.query(CONFIRM, { input: { paymentId: payment.id, code: '000000' } }, admin);
    expect(wrong.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'code', message: expect.stringContaining('2 attempt(s) left') }],
    });
    expect(await balanceOf(system, admin, account)).toBe(before);

    const right = await system.query<{ confirmPayment: { payment: { state: string } } }>(
      CONFIRM,
      { input: { paymentId: payment.id, code: '123456' } },
      admin,
    );
    expect(right.errors).toBeUndefined();
    await eventually(async () => (await stateOf(payment.id)) === 'SUCCEEDED', 'the confirmed payment');
    expect(await balanceOf(system, admin, account)).toBe(before + 25_000n);
  });

  it('declines the payment at the third wrong code', async () => {
    const payment = await created({ accountId: a.accounts[2].id, amount: '10.00', method: 'CARD' });
    await payByCard(payment.paymentUrl as string, CARDS.confirm);
    await eventually(
      async () => (await readPayment(system, admin, payment.id))?.needsConfirmation,
      'the payment waits for its code',
    );
    for (const attempt of [1, 2]) {
      const refused = await system.query(
        CONFIRM,
        { input: { paymentId: payment.id, code: '111111' } },
        admin,
      );
      expect([attempt, refused.errors?.[0].extensions?.code]).toEqual([attempt, 'BAD_USER_INPUT']);
    }
    const third = await system.query(CONFIRM, { input: { paymentId: payment.id, code: '111111' } }, admin);
    expect(third.errors).toBeUndefined();
    await eventually(async () => (await stateOf(payment.id)) === 'DECLINED', 'declined after three codes');
  });

  it('refuses forged, stale and replayed webhooks, and posts a repeated outcome once', async () => {
    const account = a.accounts[2].id;
    const payment = await created({ accountId: account, amount: '700.00', method: 'CARD' });
    const before = await ledgerOf(system, account);
    const event = {
      id: `evt_${randomUUID()}`,
      type: 'payment.succeeded',
      paymentId: payment.id,
      reference: `sim_${payment.id}`,
      cardMask: '**** 4242',
      cardToken: null,
    };
    const forged = await sendWebhook(system, event, clock.now(), 'a secret the acquirer does not have!!');
    expect(forged.status).toBe(401);
    const stale = await sendWebhook(system, event, new Date(clock.now().getTime() - 6 * 60_000));
    expect(stale.status).toBe(401);
    const tampered = await fetch(`${new URL(system.gatewayUrl).origin}/webhooks/acquirer`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-acquirer-signature': signWebhook(system.acquirerWebhookSecret, JSON.stringify(event), clock.now()),
      },
      body: JSON.stringify({ ...event, paymentId: a.accounts[0].id }),
    });
    expect(tampered.status).toBe(401);
    expect(await stateOf(payment.id)).toBe('PENDING');
    expect(await ledgerOf(system, account)).toEqual(before);

    expect((await sendWebhook(system, event, clock.now())).status).toBe(200);
    // The same event again (a replay) is refused; the acquirer repeating the outcome under a new id is a no-op.
    expect((await sendWebhook(system, event, clock.now())).status).toBe(409);
    const again = await sendWebhook(system, { ...event, id: `evt_${randomUUID()}` }, clock.now());
    expect(again.status).toBe(200);
    const declinedLater = { ...event, id: `evt_${randomUUID()}`, type: 'payment.declined', reason: 'late' };
    expect((await sendWebhook(system, declinedLater, clock.now())).status).toBe(200);

    expect(await stateOf(payment.id)).toBe('SUCCEEDED');
    const after = await ledgerOf(system, account);
    expect(after.filter((e) => !before.some((b) => b.id === e.id)).map((e) => e.amount)).toEqual(['70000']);
    expect(await eventsOf(payment.id)).toEqual([PAYMENT_SUCCEEDED]);
  });

  it('creates a payment once per idempotency key; the key with another input is a CONFLICT', async () => {
    const input = {
      accountId: a.accounts[0].id,
      amount: '10.50',
      method: 'CARD' as const,
      idempotencyKey: `same-${randomUUID()}`,
    };
    const first = await created(input);
    const repeated = await created(input);
    expect(repeated.id).toBe(first.id);
    expect(repeated.paymentUrl).toBe(first.paymentUrl);
    const count = await paymentCount();
    const other = await createPayment(system, admin, { ...input, amount: '10.51' });
    expect(other.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await paymentCount()).toBe(count);
  });

  it("lists an account's payments newest first, page by page, several accounts in one request", async () => {
    const account = a.accounts[0].id;
    const PAYMENTS = `payments(first: 2, after: $after) { edges { cursor node { id createdAt } } pageInfo { hasNextPage endCursor } }`;
    const PAGE = `query ($a: ID!, $b: ID!, $after: String) {
      mine: personalAccount(id: $a) { id ${PAYMENTS} } other: personalAccount(id: $b) { id ${PAYMENTS} } }`;
    type Page = {
      id: string;
      payments: {
        edges: { cursor: string; node: { id: string; createdAt: string } }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    };
    const seen: { id: string; createdAt: string }[] = [];
    let after: string | null = null;
    for (;;) {
      const page: { data?: { mine: Page; other: Page } | null; errors?: unknown } = await system.query(
        PAGE,
        { a: account, b: a.accounts[1].id, after },
        admin,
      );
      expect(page.errors).toBeUndefined();
      const mine = page.data?.mine as Page;
      seen.push(...mine.payments.edges.map((e) => e.node));
      if (!mine.payments.pageInfo.hasNextPage) break;
      after = mine.payments.pageInfo.endCursor;
    }
    const [{ n }] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT count(*)::int AS n FROM payments WHERE account_id = $1',
      [account],
    );
    expect(seen.length).toBe(n);
    expect(new Set(seen.map((p) => p.id)).size).toBe(n);
    const order = seen.map((p) => [p.createdAt, p.id].join(' '));
    expect(order).toEqual([...order].sort().reverse());
  });

  it.each([
    ['zero', '0.00', 'must be positive'],
    ['negative', '-5.00', 'must be positive'],
    ['over the cap', '10000000000.01', 'is too large'],
  ])('refuses a %s amount naming the field, writing nothing', async (_case, amount, message) => {
    const count = await paymentCount();
    const answer = await createPayment(system, admin, {
      accountId: a.accounts[0].id,
      amount,
      method: 'CARD',
    });
    expect(answer.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'amount', message }],
    });
    expect(await paymentCount()).toBe(count);
  });

  it('refuses three decimals before billing sees them', async () => {
    const answer = await createPayment(system, admin, {
      accountId: a.accounts[0].id,
      amount: '1.005',
      method: 'CARD',
    });
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lets a VIEWER read but not pay, and no one reach another company or an account off their list', async () => {
    const payment = await created({ accountId: a.accounts[0].id, amount: '5.00', method: 'CARD' });
    const viewer = (await system.signToken({ userId: randomUUID(), companyId: a.id, role: 'VIEWER' })).token;
    const refused = await createPayment(system, viewer, {
      accountId: a.accounts[0].id,
      amount: '5.00',
      method: 'CARD',
    });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await readPayment(system, viewer, payment.id))?.id).toBe(payment.id);

    const limited = (
      await system.signToken({
        userId: randomUUID(),
        companyId: a.id,
        role: 'ACCOUNTANT',
        accountIds: [a.accounts[1].id],
      })
    ).token;
    const offList = await createPayment(system, limited, {
      accountId: a.accounts[0].id,
      amount: '5.00',
      method: 'CARD',
    });
    expect(offList.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await readPayment(system, limited, payment.id)).toBeNull();

    const other = await system.login(b.admin.login, DEMO_PASSWORD);
    const count = await paymentCount();
    const theirs = await createPayment(system, other, {
      accountId: a.accounts[0].id,
      amount: '5.00',
      method: 'CARD',
    });
    expect(theirs.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await readPayment(system, other, payment.id)).toBeNull();
    const confirm = await system.query(CONFIRM, { input: { paymentId: payment.id, code: '123456' } }, other);
    expect(confirm.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(await paymentCount()).toBe(count);
  });

  it('pays by bank invoice, settled by the registry line naming its number, with that line as its money', async () => {
    const account = a.accounts[2].id;
    const payment = await created({ accountId: account, amount: '2400.00', method: 'INVOICE' });
    const invoice = payment.bankInvoice as NonNullable<PaymentView['bankInvoice']>;
    expect(payment).toMatchObject({ state: 'PENDING', paymentUrl: null, receipt: null });
    expect(invoice).toMatchObject({
      number: expect.stringMatching(/^СЧ-2026-\d{6}$/),
      amount: { amount: '2400.00' },
      vat: { amount: '400.00' },
      payerAccount: { id: account },
      payee: { inn: OPERATOR_INN, bik: '044525225', settlementAccount: '40702810938000012345' },
    });
    expect(invoice.purpose).toContain(`№ ${invoice.number}`);
    const second = await created({ accountId: account, amount: '1.00', method: 'INVOICE' });
    expect(second.bankInvoice?.number).not.toBe(invoice.number);

    const line = (over: object = {}) => ({
      accountId: account,
      kind: 'PAYMENT',
      amount: '2400.00',
      description: `Платёжное поручение по счёту ${invoice.number}`,
      idempotencyKey: `registry-${randomUUID()}`,
      invoiceNumber: invoice.number,
      ...over,
    });
    const before = await ledgerOf(system, account);
    for (const [bad, field] of [
      [line({ accountId: a.accounts[0].id }), 'inputs.1.invoiceNumber'],
      [line({ invoiceNumber: 'СЧ-2026-999999' }), 'inputs.1.invoiceNumber'],
      [line({ kind: 'CREDIT' }), 'inputs.1.invoiceNumber'],
      [line({ amount: '2399.99' }), 'inputs.1.amount'],
    ] as const) {
      const refused = await system.query(REGISTRY, { inputs: [line({ invoiceNumber: null }), bad] }, staff);
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }
    const otherCompany = await system.query(
      REGISTRY,
      { inputs: [line({ accountId: b.accounts[0].id })] },
      staff,
    );
    expect(otherCompany.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'inputs.0.invoiceNumber' }],
    });
    expect(await ledgerOf(system, account)).toEqual(before);
    expect(await stateOf(payment.id)).toBe('PENDING');

    const inputs = [line({ invoiceNumber: null, amount: '3.00' }), line()];
    const settled = await system.query<{ postLedgerEntries: { entry: { id: string } }[] }>(
      REGISTRY,
      { inputs },
      staff,
    );
    expect(settled.errors).toBeUndefined();
    const replay = await system.query<{ postLedgerEntries: { entry: { id: string } }[] }>(
      REGISTRY,
      { inputs },
      staff,
    );
    expect(replay.data).toEqual(settled.data);
    expect(await stateOf(payment.id)).toBe('SUCCEEDED');
    const [row] = await system.subgraphs.billing.db.dataSource.query(
      'SELECT ledger_entry_id FROM payments WHERE id = $1',
      [payment.id],
    );
    expect(row.ledger_entry_id).toBe(settled.data?.postLedgerEntries[1].entry.id);
    const posted = (await ledgerOf(system, account))
      .filter((e) => !before.some((b) => b.id === e.id))
      .map((e) => e.amount);
    expect(posted.sort()).toEqual(['240000', '300']);
    expect(await eventsOf(payment.id)).toEqual([PAYMENT_SUCCEEDED]);

    const twice = await system.query(REGISTRY, { inputs: [line()] }, staff);
    expect(twice.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'inputs.0.invoiceNumber', message: 'is already closed (SUCCEEDED)' }],
    });
  });

  // Last: it moves the clock past every payment still pending.
  it('expires an unpaid card payment after 30 minutes by the clock; its page no longer takes a card', async () => {
    const account = a.accounts[0].id;
    const payment = await created({ accountId: account, amount: '42.00', method: 'CARD' });
    const before = await ledgerOf(system, account);
    clock.advance(29 * 60_000);
    expect(await stateOf(payment.id)).toBe('PENDING');
    clock.advance(2 * 60_000);
    const expired = (await readPayment(system, admin, payment.id)) as PaymentView;
    expect(expired).toMatchObject({
      state: 'EXPIRED',
      failureReason: 'Not paid within 30 minutes',
      paymentUrl: null,
    });
    expect(await eventsOf(payment.id)).toEqual([PAYMENT_FAILED]);
    expect(
      (
        await payByCard(
          payment.paymentUrl ?? `${new URL(system.gatewayUrl).origin}/pay/${payment.id}`,
          CARDS.succeeds,
        )
      ).status,
    ).toBe(409);
    expect(await stateOf(payment.id)).toBe('EXPIRED');
    expect(await ledgerOf(system, account)).toEqual(before);
  });
});
