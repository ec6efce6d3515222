// In-app notifications (issue 14, part 7): made by support's durable consumers of the other subgraphs' events,
// for the users allowed to see the account, counted unread, marked read, live over notificationAdded — and
// exactly one per event across a restart of support or a consumer reading its history again.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { eventually, testClock } from '@kabinet/kit/testing';
import { type RunningSystem, startSystem } from '../src/system';

// Eleven accounts: the demo has orders under way on the first and the eleventh.
const plan = demoPlan([
  { key: 'alpha', name: 'ООО «Альфа»', accounts: 11 },
  { key: 'beta', name: 'ООО «Бета»', accounts: 1 },
]);
const [alpha, beta] = plan.companies;

const PHONE = '+79161112233';
const SETTINGS = `mutation ($i: UpdateNotificationSettingsInput!) { updateNotificationSettings(input: $i) {
  settings { timeZone quietHours { from to } channels { kind channels } } } }`;
const LIST = `{ me { unreadNotificationCount notifications(first: 50) { edges { node {
  id kind title body read orderId ticketId account { id } } } } } }`;

interface Note {
  id: string;
  kind: string;
  title: string;
  body: string;
  read: boolean;
  orderId: string | null;
  ticketId: string | null;
  account: { id: string } | null;
}
interface Mine {
  me: { unreadNotificationCount: number; notifications: { edges: { node: Note }[] } };
}

describe('notifications', () => {
  const clock = testClock();
  let system: RunningSystem;
  let admin: string;
  let operator: string;
  let colleague: string;
  let limited: string;

  const mine = async (token: string) => {
    const result = await system.query<Mine>(LIST, {}, token);
    expect(result.errors).toBeUndefined();
    return result.data?.me as Mine['me'];
  };
  const notes = async (token: string, kind?: string) =>
    (await mine(token)).notifications.edges.map((e) => e.node).filter((n) => !kind || n.kind === kind);
  const orderOf = async (accountId: string) => {
    const result = await system.query<{ personalAccount: { orders: { id: string; status: string }[] } }>(
      'query ($id: ID!) { personalAccount(id: $id) { orders { id status } } }',
      { id: accountId },
      admin,
    );
    return result.data?.personalAccount.orders.find((o) => o.status === 'IN_PROGRESS') as { id: string };
  };

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    operator = await system.login('operator', DEMO_PASSWORD);
    // Two more users of the company: a viewer of everything, and one limited to the second account.
    const invite = async (login: string, accountIds?: string[]) => {
      const email = `${login}@alpha.example`;
      const invited = await system.query(
        'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
        {
          i: {
            login,
            fullName: 'Сотрудник',
            role: 'VIEWER',
            email,
            phone: PHONE,
            delivery: 'EMAIL',
            accountIds,
          },
        },
        admin,
      );
      expect(invited.errors).toBeUndefined();
      return system.signInInvited(login, email, 'Kabinet-new-2026!');
    };
    colleague = await invite('alpha-colleague');
    limited = await invite('alpha-limited', [alpha.accounts[1].id]);
  });
  afterAll(() => system?.stop());

  it('tells the company of an order moving, live, and counts it unread until read', async () => {
    // History (the demo's four months) is not news; signing in from a device never used before is.
    const [signIn] = await eventually(async () => {
      const found = await notes(admin);
      return found.length > 0 && found;
    }, 'the new device notification');
    expect(signIn).toMatchObject({ kind: 'NEW_DEVICE', title: 'Вход с нового устройства', account: null });
    await system.login(alpha.admin.login, DEMO_PASSWORD); // the same device again: nothing new
    await system.query('mutation { markNotificationsRead(input: { all: true }) { marked } }', {}, admin);
    const head = await system.streamHead(alpha.id, 'support');
    const live = system
      .socket(admin)
      .subscribe<{ notificationAdded: { notification: Note } }>(
        'subscription ($after: Int) { notificationAdded(after: $after) { sequence notification { id kind title orderId } } }',
        { after: head },
      );
    const order = await orderOf(alpha.accounts[0].id);
    const moved = await system.query(
      'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { sequence } }',
      { i: { orderId: order.id, step: 'FINISH_WORK' } },
      operator,
    );
    expect(moved.errors).toBeUndefined();
    await eventually(() => live.results.length > 0, 'the notification over the socket');
    expect(live.results[0].data?.notificationAdded.notification).toMatchObject({
      kind: 'ORDER_STATUS',
      title: 'Статус заказа изменился',
      orderId: order.id,
    });
    const [note] = await notes(admin, 'ORDER_STATUS');
    expect(note).toMatchObject({
      body: 'Заказ выполнен и ждёт вашего подтверждения.',
      read: false,
      account: { id: alpha.accounts[0].id },
    });
    expect((await mine(admin)).unreadNotificationCount).toBe(1);
    // A colleague sees it too; a user limited to another account does not.
    expect(await notes(colleague, 'ORDER_STATUS')).toHaveLength(1);
    expect(await notes(limited, 'ORDER_STATUS')).toEqual([]);

    // Another company's user marks nothing of ours, whatever ids they name, and sees none of it.
    const outsider = await system.login(beta.admin.login, DEMO_PASSWORD);
    const foreign = await system.query<{ markNotificationsRead: { marked: number } }>(
      'mutation ($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { marked } }',
      { i: { ids: [note.id] } },
      outsider,
    );
    expect(foreign.data?.markNotificationsRead.marked).toBe(0);
    expect(await notes(outsider, 'ORDER_STATUS')).toEqual([]);
    const read = await system.query<{ markNotificationsRead: { marked: number; unreadCount: number } }>(
      'mutation ($i: MarkNotificationsReadInput!) { markNotificationsRead(input: $i) { marked unreadCount } }',
      { i: { ids: [note.id] } },
      admin,
    );
    expect(read.data?.markNotificationsRead).toEqual({ marked: 1, unreadCount: 0 });
    expect((await notes(colleague, 'ORDER_STATUS'))[0].read).toBe(false);
    live.dispose();
  });

  it('reaches users on the channels they chose, holding an SMS in their quiet hours', async () => {
    const settings = await system.query<{
      updateNotificationSettings: { settings: { channels: { kind: string; channels: string[] }[] } };
    }>(
      SETTINGS,
      {
        i: {
          timeZone: 'Europe/Moscow',
          quietHours: { from: '22:00', to: '08:00' },
          channels: [
            { kind: 'ORDER_STATUS', channels: ['IN_APP', 'EMAIL', 'SMS'] },
            { kind: 'LOW_BALANCE', channels: ['EMAIL'] },
          ],
        },
      },
      colleague,
    );
    expect(settings.errors).toBeUndefined();
    const channels = settings.data?.updateNotificationSettings.settings.channels ?? [];
    expect(channels).toContainEqual({ kind: 'LOW_BALANCE', channels: ['EMAIL'] });
    expect(channels).toContainEqual({ kind: 'PAYMENT_FAILED', channels: ['IN_APP'] });
    for (const [input, field] of [
      [{ quietHours: { from: '25:00', to: '08:00' } }, 'quietHours.from'],
      [{ timeZone: 'Mars/Olympus' }, 'timeZone'],
    ] as const) {
      const bad = await system.query(SETTINGS, { i: input }, colleague);
      expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field }] });
    }

    // 23:30 in Moscow: the order is confirmed; the e-mail goes now, the SMS waits for 08:00.
    clock.set(new Date('2026-12-02T20:30:00Z'));
    const order = (
      await system.query<{ personalAccount: { orders: { id: string; status: string }[] } }>(
        'query ($id: ID!) { personalAccount(id: $id) { orders { id status } } }',
        { id: alpha.accounts[0].id },
        admin,
      )
    ).data?.personalAccount.orders.find((o) => o.status === 'AWAITING_CONFIRMATION') as { id: string };
    const confirmed = await system.query(
      'mutation ($i: OrderIdInput!) { confirmOrderExecution(input: $i) { sequence } }',
      { i: { orderId: order.id } },
      admin,
    );
    expect(confirmed.errors).toBeUndefined();
    const identity = system.subgraphs.identity.db.dataSource;
    const sent = await eventually(async () => {
      const rows: { channel: string; recipient: string; body: string; notBefore: Date }[] =
        await identity.query(
          `SELECT channel, recipient, body, next_attempt_at AS "notBefore" FROM outgoing_messages
         WHERE body LIKE 'Статус заказа изменился%' ORDER BY channel`,
        );
      return rows.length === 2 && rows;
    }, 'the e-mail and the SMS');
    expect(sent.map((m) => [m.channel, m.recipient])).toEqual([
      ['EMAIL', 'alpha-colleague@alpha.example'],
      ['SMS', PHONE],
    ]);
    expect(sent[0].body).toBe('Статус заказа изменился. Заказ выполнен.');
    expect(sent[0].notBefore.getTime()).toBeLessThan(Date.now() + 60_000);
    expect(sent[1].notBefore.toISOString()).toBe('2026-12-03T05:00:00.000Z');
    // Nobody else asked for them; in the cabinet it is there as well.
    expect(await notes(colleague, 'ORDER_STATUS')).toHaveLength(2);
  });

  it('warns once as a balance falls below 1,000 ₽, not for every charge below it', async () => {
    const account = alpha.accounts[1].id;
    const post = (kind: string, amount: string, key: string) =>
      system.query(
        'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { sequence } }',
        { i: { accountId: account, kind, amount, description: 'Тест', idempotencyKey: key } },
        operator,
      );
    const balance = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      'query ($id: ID!) { personalAccount(id: $id) { balance { amount } } }',
      { id: account },
      admin,
    );
    const now = Number(balance.data?.personalAccount.balance.amount);
    // Up to 5,000 ₽, then down through 1,000 ₽, then lower still.
    expect(
      (await post('PAYMENT', (5000 - Math.min(now, 0) + 100).toFixed(2), 'low-balance-1')).errors,
    ).toBeUndefined();
    const after = Number(
      (
        await system.query<{ personalAccount: { balance: { amount: string } } }>(
          'query ($id: ID!) { personalAccount(id: $id) { balance { amount } } }',
          { id: account },
          admin,
        )
      ).data?.personalAccount.balance.amount,
    );
    await post('CHARGE', (after - 500).toFixed(2), 'low-balance-2');
    await post('CHARGE', '100.00', 'low-balance-3');
    const low = await eventually(async () => {
      const found = await notes(limited, 'LOW_BALANCE');
      return found.length > 0 && found;
    }, 'the low balance notification');
    expect(low).toHaveLength(1);
    expect(low[0].body).toBe(
      'На счёте осталось 500,00\u00a0₽. Пополните баланс, чтобы услуги не были приостановлены.',
    );
  });

  it('reaches a user limited to some accounts live with what is theirs though about no account', async () => {
    // Identity stamps sign-ins by the real clock; support would take one stamped a day off its clock for history.
    clock.set(new Date());
    await eventually(async () => (await notes(limited, 'NEW_DEVICE')).length > 0, 'the first sign-in');
    const head = await system.streamHead(alpha.id, 'support');
    const live = system
      .socket(limited)
      .subscribe<{ notificationAdded: { notification: Note } }>(
        'subscription ($after: Int) { notificationAdded(after: $after) { notification { kind title account { id } } } }',
        { after: head },
      );
    // Their password from another browser: a sign-in from a new device, told to them alone.
    const signedIn = await fetch(system.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': 'Firefox/140 (the limited user at home)' },
      body: JSON.stringify({
        query: 'mutation ($i: LoginInput!) { login(input: $i) { accessToken } }',
        variables: { i: { login: 'alpha-limited', password: 'Kabinet-new-2026!' } },
      }),
    });
    expect(((await signedIn.json()) as { errors?: unknown }).errors).toBeUndefined();
    await eventually(() => live.results.length > 0, 'the new device notification over the socket');
    expect(live.results[0].data?.notificationAdded.notification).toEqual({
      kind: 'NEW_DEVICE',
      title: 'Вход с нового устройства',
      account: null,
    });
    live.dispose();
  });

  it("tells a ticket's author of staff's answer, and only them", async () => {
    const created = await system.query<{ createTicket: { ticket: { id: string } } }>(
      'mutation { createTicket(input: { category: DOCUMENTS, subject: "Акт", description: "Нужен акт за ноябрь" }) { ticket { id } } }',
      {},
      admin,
    );
    const ticketId = created.data?.createTicket.ticket.id;
    await system.query(
      'mutation ($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { message { id } } }',
      { i: { ticketId, body: 'Акт сформирован, смотрите раздел документов.' } },
      operator,
    );
    const [reply] = await eventually(async () => {
      const found = await notes(admin, 'TICKET_REPLY');
      return found.length > 0 && found;
    }, 'the reply notification');
    expect(reply).toMatchObject({ ticketId, title: 'Ответ по обращению' });
    expect(await notes(colleague, 'TICKET_REPLY')).toEqual([]);
  });

  it('notifies exactly once across a restart of support, and when its consumer reads history again', async () => {
    const order = await orderOf(alpha.accounts[10].id);
    await system.stopSubgraph('support');
    const moved = await system.query(
      'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { sequence } }',
      { i: { orderId: order.id, step: 'FINISH_WORK' } },
      operator,
    );
    expect(moved.errors).toBeUndefined();
    await system.startSubgraph('support');
    const about = async () => (await notes(admin, 'ORDER_STATUS')).filter((n) => n.orderId === order.id);
    await eventually(async () => (await about()).length > 0, 'the notification after the restart');
    expect(await about()).toHaveLength(1);

    // As if the consumer's position were lost: everything is read again, nothing notified twice.
    const support = system.subgraphs.support.db.dataSource;
    const all = async () =>
      (await support.query('SELECT count(*)::int AS count FROM notifications'))[0].count as number;
    const before = await all();
    await support.query(
      "UPDATE outbox_positions SET txid = '0', id = 0 WHERE consumer = 'support.notifications-catalog'",
    );
    await eventually(async () => {
      const [{ behind }] = await support.query(
        `SELECT count(*)::int AS behind FROM catalog.outbox o, outbox_positions p
         WHERE p.consumer = 'support.notifications-catalog' AND (o.txid, o.id) > (p.txid, p.id)`,
      );
      return behind === 0;
    }, 'the consumer to read its history again');
    expect(await about()).toHaveLength(1);
    expect(await all()).toBe(before);
  });
});
