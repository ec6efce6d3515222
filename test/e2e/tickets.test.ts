// Support tickets (issue 14, part 1): a customer's appeal through its whole life — answered by staff, waiting
// for the customer, resolved, reopened, closed with a rating — live over ticketUpdated, with the operator's
// queue, internal notes customers never see, read markers, answer times by the test clock.
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { MAX_UPLOAD_BYTES, stableId } from '@kabinet/kit';
import { eventually, testClock } from '@kabinet/kit/testing';
import { minimalPdf } from '../src/documents';
import { type RunningSystem, startSystem } from '../src/system';

const plan = demoPlan([
  { key: 'alpha', name: 'ООО «Альфа»', accounts: 4 },
  { key: 'beta', name: 'ООО «Бета»', accounts: 2 },
]);
const [alpha, beta] = plan.companies;
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const TICKET = `id number status priority overdue responseDueAt unreadCount rating ratingComment
  account { id } assignee { id fullName }
  messages(first: 50) { edges { node { body byStaff internal author { id } } } }`;
const CREATE = `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { ${TICKET} } } }`;
const MESSAGE = `mutation ($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { ticket { ${TICKET} } message { body } } }`;
const MOVE = `mutation ($i: ChangeTicketStatusInput!) { changeTicketStatus(input: $i) { ticket { ${TICKET} } } }`;
const GET = `query ($id: ID!) { ticket(id: $id) { ${TICKET} } }`;
const LIVE = `subscription ($id: ID, $after: Int) { ticketUpdated(ticketId: $id, after: $after) {
  sequence change status byStaff ticket { id status } } }`;

interface Ticket {
  id: string;
  number: string;
  status: string;
  priority: string;
  overdue: boolean;
  responseDueAt: string | null;
  unreadCount: number;
  rating: number | null;
  ratingComment: string | null;
  account: { id: string } | null;
  assignee: { id: string; fullName: string } | null;
  messages: { edges: { node: { body: string; byStaff: boolean; internal: boolean } }[] };
}

describe('support tickets', () => {
  const clock = testClock(new Date('2026-12-01T09:00:00Z'));
  let system: RunningSystem;
  let admin: string;
  let betaAdmin: string;
  let support: string;

  const call = async <T>(query: string, variables: Record<string, unknown>, token: string) => {
    const result = await system.query<T>(query, variables, token);
    return result;
  };
  const get = async (id: string, token: string) =>
    (await call<{ ticket: Ticket }>(GET, { id }, token)).data?.ticket as Ticket;

  beforeAll(async () => {
    system = await startSystem(plan, { clock });
    admin = await system.login(alpha.admin.login, DEMO_PASSWORD);
    betaAdmin = await system.login(beta.admin.login, DEMO_PASSWORD);
    // The demo's back office is an OPERATOR; the roles test lets SUPPORT through the same checks.
    support = await system.login('operator', DEMO_PASSWORD);
  });
  afterAll(() => system?.stop());

  it('lives a whole life: answered, waiting, resolved, reopened, closed with a rating — live', async () => {
    const head = await system.streamHead(alpha.id, 'support');
    const created = await call<{ createTicket: { ticket: Ticket } }>(
      CREATE,
      {
        i: {
          category: 'TECHNICAL_PROBLEM',
          subject: 'Нет интернета в офисе',
          description: 'С утра не работает интернет на Тверской.',
          accountId: alpha.accounts[0].id,
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data?.createTicket.ticket as Ticket;
    expect(ticket).toMatchObject({
      status: 'ACKNOWLEDGED',
      priority: 'HIGH',
      overdue: false,
      account: { id: alpha.accounts[0].id },
    });
    expect(ticket.number).toMatch(/^ОБ-\d{6}$/);
    expect(Date.parse(ticket.responseDueAt as string)).toBe(clock.now().getTime() + 4 * HOUR);
    const live = system.socket(admin).subscribe<{ ticketUpdated: { change: string; status: string } }>(LIVE, {
      id: ticket.id,
      after: head,
    });

    // Nobody answered for five hours: overdue, first in the queue's overdue view.
    clock.advance(5 * HOUR);
    expect((await get(ticket.id, admin)).overdue).toBe(true);
    const queue = await call<{ ticketQueue: { edges: { node: { id: string } }[] } }>(
      '{ ticketQueue(filter: { overdue: true }) { edges { node { id } } } }',
      {},
      support,
    );
    expect(queue.data?.ticketQueue.edges.map((e) => e.node.id)).toContain(ticket.id);

    // Staff take it, note something internally, answer, and wait for the customer.
    const taken = await call<{ assignTicket: { ticket: Ticket } }>(
      `mutation { assignTicket(input: { ticketId: "${ticket.id}" }) { ticket { ${TICKET} } } }`,
      {},
      support,
    );
    expect(taken.errors).toBeUndefined();
    await call(
      MESSAGE,
      { i: { ticketId: ticket.id, body: 'Клиент важный, проверить линию', internal: true } },
      support,
    );
    const answered = await call<{ addTicketMessage: { ticket: Ticket } }>(
      MESSAGE,
      { i: { ticketId: ticket.id, body: 'Перезагрузите, пожалуйста, роутер.' } },
      support,
    );
    expect(answered.data?.addTicketMessage.ticket).toMatchObject({
      status: 'IN_PROGRESS',
      overdue: false,
      responseDueAt: null,
    });
    await call(MOVE, { i: { ticketId: ticket.id, status: 'PENDING' } }, support);

    // The customer sees the answer, unread, but never the internal note.
    const seen = await get(ticket.id, admin);
    expect(seen.status).toBe('PENDING');
    expect(seen.unreadCount).toBe(1);
    expect(seen.messages.edges.map((e) => e.node.body)).toEqual(['Перезагрузите, пожалуйста, роутер.']);
    expect(JSON.stringify(seen)).not.toContain('Клиент важный');
    const staffView = await get(ticket.id, support);
    expect(staffView.messages.edges.map((e) => e.node.internal)).toEqual([true, false]);
    await call(
      `mutation { markTicketRead(input: { ticketId: "${ticket.id}" }) { ticket { id } } }`,
      {},
      admin,
    );
    expect((await get(ticket.id, admin)).unreadCount).toBe(0);

    // The customer writes back an hour later: the ticket is the operator's again, with a new answer time.
    clock.advance(HOUR);
    const replied = await call<{ addTicketMessage: { ticket: Ticket } }>(
      MESSAGE,
      { i: { ticketId: ticket.id, body: 'Не помогло.' } },
      admin,
    );
    expect(replied.data?.addTicketMessage.ticket.status).toBe('IN_PROGRESS');
    expect(Date.parse(replied.data?.addTicketMessage.ticket.responseDueAt as string)).toBe(
      clock.now().getTime() + 4 * HOUR,
    );
    expect((await get(ticket.id, support)).unreadCount).toBe(1);

    const resolved = await call<{ changeTicketStatus: { ticket: Ticket } }>(
      MOVE,
      { i: { ticketId: ticket.id, status: 'RESOLVED', comment: 'Заменили оборудование на узле.' } },
      support,
    );
    expect(resolved.data?.changeTicketStatus.ticket.status).toBe('RESOLVED');
    const reopened = await call<{ reopenTicket: { ticket: Ticket } }>(
      `mutation { reopenTicket(input: { ticketId: "${ticket.id}", comment: "Снова пропадает" }) { ticket { status } } }`,
      {},
      admin,
    );
    expect(reopened.data?.reopenTicket.ticket.status).toBe('IN_PROGRESS');
    await call(MOVE, { i: { ticketId: ticket.id, status: 'RESOLVED' } }, support);
    const badRating = await call(
      `mutation { closeTicket(input: { ticketId: "${ticket.id}", rating: 6 }) { ticket { status } } }`,
      {},
      admin,
    );
    expect(badRating.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'rating', message: 'must be a whole number from 1 to 5' }],
    });
    const closed = await call<{ closeTicket: { ticket: Ticket } }>(
      `mutation { closeTicket(input: { ticketId: "${ticket.id}", rating: 5, comment: "Спасибо!" }) { ticket { ${TICKET} } } }`,
      {},
      admin,
    );
    expect(closed.data?.closeTicket.ticket).toMatchObject({
      status: 'CLOSED',
      rating: 5,
      ratingComment: 'Спасибо!',
    });
    const late = await call(MESSAGE, { i: { ticketId: ticket.id, body: 'Ещё вопрос' } }, admin);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'ticketId' }],
    });

    // Live: every change the customer may see, in order — not the internal note.
    await eventually(
      () => live.results.some((r) => r.data?.ticketUpdated.status === 'CLOSED'),
      'the closing over the socket',
    );
    expect(
      live.results.map((r) => `${r.data?.ticketUpdated.change} ${r.data?.ticketUpdated.status}`),
    ).toEqual([
      'CREATED ACKNOWLEDGED',
      'ASSIGNED ACKNOWLEDGED',
      'MESSAGE IN_PROGRESS',
      'STATUS PENDING',
      'MESSAGE IN_PROGRESS',
      'STATUS RESOLVED',
      'STATUS IN_PROGRESS',
      'STATUS RESOLVED',
      'STATUS CLOSED',
    ]);
    live.dispose();
  });

  it('carries files both ways through the one upload service, to the ticket and its company only', async () => {
    const origin = new URL(system.gatewayUrl).origin;
    const put = (url: string, body: Buffer) => fetch(origin + url, { method: 'PUT', body });
    const uploadUrl = async (fileName: string, token: string) => {
      const made = await call<{
        createAttachmentUpload: { id: string; uploadUrl: string; maxBytes: number };
      }>(
        'mutation ($i: CreateAttachmentUploadInput!) { createAttachmentUpload(input: $i) { id uploadUrl maxBytes } }',
        { i: { fileName } },
        token,
      );
      expect(made.errors).toBeUndefined();
      return made.data?.createAttachmentUpload as { id: string; uploadUrl: string; maxBytes: number };
    };
    const upload = async (fileName: string, token: string, content = minimalPdf()) => {
      const target = await uploadUrl(fileName, token);
      expect((await put(target.uploadUrl, content)).status).toBe(200);
      return target.id;
    };
    const FILES = 'attachments { id fileName contentType size downloadUrl }';
    interface File {
      id: string;
      fileName: string;
      contentType: string;
      size: number;
      downloadUrl: string;
    }

    // Too large, or not a PDF, JPEG or PNG: refused by the upload service, with a code and the field.
    const big = await uploadUrl('big.pdf', admin);
    expect(big.maxBytes).toBe(MAX_UPLOAD_BYTES);
    const tooLarge = await put(big.uploadUrl, Buffer.alloc(MAX_UPLOAD_BYTES + 1, 0x25));
    expect(tooLarge.status).toBe(413);
    expect(
      ((await tooLarge.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file', message: 'must be at most 10 MB' }],
    });
    const script = await uploadUrl('virus.exe', admin);
    const wrongType = await put(script.uploadUrl, Buffer.from('MZ this is a program'));
    expect(wrongType.status).toBe(415);
    expect(
      ((await wrongType.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'file' }],
    });
    const folder = await call(
      'mutation { createAttachmentUpload(input: { fileName: "../../etc/passwd" }) { id } }',
      {},
      admin,
    );
    expect(folder.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'input.fileName' }],
    });

    // A ticket about a service, with a scheme attached: its account is the service's.
    const services = await call<{ personalAccount: { services: { id: string }[] } }>(
      'query ($id: ID!) { personalAccount(id: $id) { services { id } } }',
      { id: alpha.accounts[1].id },
      admin,
    );
    const serviceId = services.data?.personalAccount.services[0].id as string;
    const scheme = await upload('Схема подключения.pdf', admin);
    const created = await call<{
      createTicket: {
        ticket: { id: string; account: { id: string }; service: { id: string }; attachments: File[] };
      };
    }>(
      `mutation ($i: CreateTicketInput!) { createTicket(input: $i) { ticket { id account { id } service { id } ${FILES} } } }`,
      {
        i: {
          category: 'TECHNICAL_PROBLEM',
          subject: 'Пропадает связь',
          description: 'Схема во вложении.',
          serviceId,
          attachmentIds: [scheme],
        },
      },
      admin,
    );
    expect(created.errors).toBeUndefined();
    const ticket = created.data?.createTicket.ticket as {
      id: string;
      account: { id: string };
      service: { id: string };
      attachments: File[];
    };
    expect(ticket.account).toEqual({ id: alpha.accounts[1].id });
    expect(ticket.service).toEqual({ id: serviceId });
    expect(ticket.attachments).toMatchObject([
      {
        id: scheme,
        fileName: 'Схема подключения.pdf',
        contentType: 'application/pdf',
        size: minimalPdf().length,
      },
    ]);

    // Staff answer with a file of their own; the customer downloads it, saved under its name.
    const report = await upload('Акт проверки линии.pdf', support);
    const answered = await call<{ addTicketMessage: { message: { attachments: File[] } } }>(
      `mutation ($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { message { ${FILES} } } }`,
      { i: { ticketId: ticket.id, body: 'Линию проверили, акт во вложении.', attachmentIds: [report] } },
      support,
    );
    expect(answered.errors).toBeUndefined();
    const seen = await call<{ ticket: { messages: { edges: { node: { attachments: File[] } }[] } } }>(
      `query ($id: ID!) { ticket(id: $id) { messages { edges { node { ${FILES} } } } } }`,
      { id: ticket.id },
      admin,
    );
    const [file] = seen.data?.ticket.messages.edges[0].node.attachments ?? [];
    expect(file).toMatchObject({ id: report, fileName: 'Акт проверки линии.pdf' });
    const download = await fetch(origin + file.downloadUrl);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''${encodeURIComponent('Акт проверки линии.pdf')}`,
    );
    expect(Buffer.from(await download.arrayBuffer()).equals(minimalPdf())).toBe(true);
    const forged = await fetch(origin + file.downloadUrl.replace(/token=\d+/, 'token=9999999999'));
    expect(forged.status).toBe(403);

    // A file attaches once, and only its uploader attaches it; another company's service is not found.
    const again = await call(
      MESSAGE,
      { i: { ticketId: ticket.id, body: 'Ещё раз', attachmentIds: [scheme] } },
      admin,
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'attachmentIds.0', message: 'is not a file you uploaded, or is attached already' }],
    });
    const theirs = await upload('Чужой файл.pdf', betaAdmin);
    const stolen = await call(
      MESSAGE,
      { i: { ticketId: ticket.id, body: 'Моё', attachmentIds: [theirs] } },
      admin,
    );
    expect(stolen.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'attachmentIds.0' }],
    });
    const betaServices = await call<{ personalAccount: { services: { id: string }[] } }>(
      'query ($id: ID!) { personalAccount(id: $id) { services { id } } }',
      { id: beta.accounts[0].id },
      betaAdmin,
    );
    const foreign = await call(
      CREATE,
      {
        i: {
          category: 'TECHNICAL_PROBLEM',
          subject: 'Чужая услуга',
          description: 'x',
          serviceId: betaServices.data?.personalAccount.services[0].id,
        },
      },
      admin,
    );
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'serviceId' }],
    });
    // Nothing of the refused messages was written.
    const after = await get(ticket.id, admin);
    expect(after.messages.edges.map((e) => e.node.body)).toEqual(['Линию проверили, акт во вложении.']);
  });

  it("books a technician call's visit in the crews' one calendar, shared with orders, and frees it when withdrawn", async () => {
    interface Slot {
      id: string;
      startsAt: string;
    }
    const SLOTS =
      'query ($id: ID!) { ticket(id: $id) { availableVisitSlots { id startsAt } visit { startsAt } } }';
    const BOOK =
      'mutation ($i: ChooseTicketVisitSlotInput!) { chooseTicketVisitSlot(input: $i) { visit { startsAt } ticket { visit { startsAt } } } }';
    const ORDER_SLOTS = 'query ($id: ID!) { availableVisitSlots(orderId: $id) { id startsAt } }';
    const services = await call<{ personalAccount: { services: { id: string }[] } }>(
      'query ($id: ID!) { personalAccount(id: $id) { services { id } } }',
      { id: alpha.accounts[2].id },
      admin,
    );
    const created = await call<{ createTicket: { ticket: { id: string } } }>(
      CREATE.replace(`ticket { ${TICKET} }`, 'ticket { id }'),
      {
        i: {
          category: 'TECHNICIAN_VISIT',
          subject: 'Нужен техник',
          description: 'Перенести розетку в серверной.',
          serviceId: services.data?.personalAccount.services[0].id,
        },
      },
      admin,
    );
    const ticketId = created.data?.createTicket.ticket.id as string;
    const slots = await eventually(async () => {
      const found = (await call<{ ticket: { availableVisitSlots: Slot[] } }>(SLOTS, { id: ticketId }, admin))
        .data?.ticket.availableVisitSlots;
      return found?.length ? found : null;
    }, 'catalog to learn of the technician call');
    const other = await call<{ createTicket: { ticket: { id: string } } }>(
      CREATE.replace(`ticket { ${TICKET} }`, 'ticket { id }'),
      { i: { category: 'BILLING_QUESTION', subject: 'Счёт', description: 'Вопрос по счёту.' } },
      admin,
    );
    const notACall = await call<{ ticket: { availableVisitSlots: Slot[] } }>(
      SLOTS,
      { id: other.data?.createTicket.ticket.id },
      admin,
    );
    expect(notACall.data?.ticket.availableVisitSlots).toEqual([]);

    const booked = await call(BOOK, { i: { ticketId, slotId: slots[0].id } }, admin);
    expect(booked.errors).toBeUndefined();
    expect(booked.data).toEqual({
      chooseTicketVisitSlot: {
        visit: { startsAt: slots[0].startsAt },
        ticket: { visit: { startsAt: slots[0].startsAt } },
      },
    });
    const foreign = await call(BOOK, { i: { ticketId, slotId: slots[1].id } }, betaAdmin);
    expect(foreign.errors?.[0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      fields: [{ field: 'ticketId' }],
    });

    // An order in the same region finds the window taken, and takes the next; the call cannot have that one.
    const placed = await call<{ placeOrder: { order: { id: string } } }>(
      'mutation ($i: PlaceOrderInput!) { placeOrder(input: $i) { order { id } } }',
      {
        i: {
          accountId: alpha.accounts[3].id,
          items: [
            {
              tariffId: stableId('tariff:NET-100'),
              address: { region: 'MOSCOW', line: 'г. Москва, ул. Новая, д. 5' },
            },
          ],
          contact: { name: 'Иванова Мария', phone: '+79160000001' },
        },
      },
      admin,
    );
    const orderId = placed.data?.placeOrder.order.id as string;
    for (const step of ['START_FEASIBILITY_CHECK', 'ACCEPT'])
      expect(
        (
          await call(
            'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { sequence } }',
            { i: { orderId, step } },
            support,
          )
        ).errors,
      ).toBeUndefined();
    const orderSlots = async () =>
      (
        (await call<{ availableVisitSlots: Slot[] }>(ORDER_SLOTS, { id: orderId }, admin)).data
          ?.availableVisitSlots ?? []
      ).map((slot) => slot.startsAt);
    expect(await orderSlots()).not.toContain(slots[0].startsAt);
    const [next] =
      (await call<{ availableVisitSlots: Slot[] }>(ORDER_SLOTS, { id: orderId }, admin)).data
        ?.availableVisitSlots ?? [];
    expect(next.startsAt).toBe(slots[1].startsAt);
    const orderBooked = await call(
      'mutation ($i: ChooseVisitSlotInput!) { chooseVisitSlot(input: $i) { order { id } } }',
      { i: { orderId, slotId: next.id } },
      admin,
    );
    expect(orderBooked.errors).toBeUndefined();
    const taken = await call(BOOK, { i: { ticketId, slotId: slots[1].id } }, admin);
    expect(taken.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      fields: [{ field: 'slotId', message: 'is taken' }],
    });

    // The conversation says when the technician comes; withdrawing the call gives the window back.
    const said = await eventually(async () => {
      const found = (await get(ticketId, admin)).messages.edges.map((e) => e.node.body);
      return found.length ? found : null;
    }, 'the visit in the conversation');
    expect(said[0]).toMatch(/^Визит техника назначен на \d\d\.\d\d\.\d{4} с \d\d:00 до \d\d:00 \(МСК\)\.$/);
    await call(`mutation { cancelTicket(input: { ticketId: "${ticketId}" }) { ticket { id } } }`, {}, admin);
    await eventually(async () => (await orderSlots()).includes(slots[0].startsAt), 'the window given back');
    const late = await call(BOOK, { i: { ticketId, slotId: slots[2].id } }, admin);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'ticketId' }],
    });
  });

  it('shows a user limited to some accounts their own tickets live, though about no account', async () => {
    const invited = await call(
      'mutation ($i: InviteUserInput!) { inviteUser(input: $i) { user { id } } }',
      {
        i: {
          login: 'alpha-limited',
          fullName: 'Сотрудник филиала',
          role: 'VIEWER',
          email: 'limited@alpha.example',
          phone: '+79161112233',
          delivery: 'EMAIL',
          accountIds: [alpha.accounts[1].id],
        },
      },
      admin,
    );
    expect(invited.errors).toBeUndefined();
    const limited = await system.signInInvited('alpha-limited', 'limited@alpha.example', 'Kabinet-new-2026!');
    const head = await system.streamHead(alpha.id, 'support');
    const live = system
      .socket(limited)
      .subscribe<{ ticketUpdated: { change: string; ticket: { id: string } } }>(
        'subscription ($after: Int) { ticketUpdated(after: $after) { change ticket { id } } }',
        { after: head },
      );
    // The company's ticket about no account is not theirs; their own is.
    await call(
      CREATE,
      { i: { category: 'FEEDBACK', subject: 'Идея', description: 'От администратора' } },
      admin,
    );
    const own = await call<{ createTicket: { ticket: { id: string } } }>(
      CREATE,
      { i: { category: 'FEEDBACK', subject: 'Идея', description: 'От сотрудника филиала' } },
      limited,
    );
    expect(own.errors).toBeUndefined();
    await eventually(() => live.results.length > 0, 'their ticket over the socket');
    expect(live.results.map((r) => r.data?.ticketUpdated)).toEqual([
      { change: 'CREATED', ticket: { id: own.data?.createTicket.ticket.id } },
    ]);
    live.dispose();

    // Their own technician call about no account: they choose its visit themselves.
    const visitCall = await call<{ createTicket: { ticket: { id: string } } }>(
      CREATE.replace(`ticket { ${TICKET} }`, 'ticket { id }'),
      {
        i: { category: 'TECHNICIAN_VISIT', subject: 'Нужен техник', description: 'Проверить линию в офисе.' },
      },
      limited,
    );
    const ticketId = visitCall.data?.createTicket.ticket.id as string;
    const slots = await eventually(async () => {
      const found = (
        await call<{ ticket: { availableVisitSlots: { id: string; startsAt: string }[] } }>(
          'query ($id: ID!) { ticket(id: $id) { availableVisitSlots { id startsAt } } }',
          { id: ticketId },
          limited,
        )
      ).data?.ticket.availableVisitSlots;
      return found?.length ? found : null;
    }, 'catalog to learn of the technician call');
    const booked = await call(
      'mutation ($i: ChooseTicketVisitSlotInput!) { chooseTicketVisitSlot(input: $i) { visit { startsAt } } }',
      { i: { ticketId, slotId: slots[0].id } },
      limited,
    );
    expect(booked.errors).toBeUndefined();
    expect(booked.data).toEqual({ chooseTicketVisitSlot: { visit: { startsAt: slots[0].startsAt } } });
  });

  it('lets a resolved ticket be reopened for 14 days, not after', async () => {
    const { data } = await call<{ createTicket: { ticket: Ticket } }>(
      CREATE,
      { i: { category: 'BILLING_QUESTION', subject: 'Двойное списание', description: 'Списали дважды.' } },
      admin,
    );
    const id = data?.createTicket.ticket.id as string;
    expect(data?.createTicket.ticket.priority).toBe('NORMAL');
    await call(MOVE, { i: { ticketId: id, status: 'RESOLVED' } }, support);
    clock.advance(14 * DAY + HOUR);
    const reopen = await call(
      `mutation { reopenTicket(input: { ticketId: "${id}" }) { ticket { status } } }`,
      {},
      admin,
    );
    expect(reopen.errors?.[0].extensions).toMatchObject({
      code: 'PRECONDITION_FAILED',
      fields: [{ field: 'ticketId', message: 'was resolved more than 14 days ago' }],
    });
    expect((await get(id, admin)).status).toBe('RESOLVED');
  });

  it("keeps companies to their own tickets and staff's mutations to staff", async () => {
    const { data } = await call<{ createTicket: { ticket: Ticket } }>(
      CREATE,
      { i: { category: 'GRATITUDE', subject: 'Спасибо', description: 'Быстро починили.' } },
      admin,
    );
    const id = data?.createTicket.ticket.id as string;
    expect(data?.createTicket.ticket.priority).toBe('LOW');
    for (const query of [
      `query { ticket(id: "${id}") { id } }`,
      `mutation { addTicketMessage(input: { ticketId: "${id}", body: "Чужое" }) { message { body } } }`,
      `mutation { cancelTicket(input: { ticketId: "${id}" }) { ticket { id } } }`,
    ]) {
      const result = await call(query, {}, betaAdmin);
      expect(result.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    }
    const list = await call<{ company: { tickets: { edges: unknown[] } } }>(
      `query { company(id: "${beta.id}") { tickets { edges { node { id } } } } }`,
      {},
      betaAdmin,
    );
    expect(list.data?.company.tickets.edges).toEqual([]);
    const foreignAccount = await call(
      CREATE,
      {
        i: {
          category: 'DOCUMENTS',
          subject: 'Акт',
          description: 'Нужен акт',
          accountId: beta.accounts[0].id,
        },
      },
      admin,
    );
    expect(foreignAccount.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const note = await call(MESSAGE, { i: { ticketId: id, body: 'Заметка', internal: true } }, admin);
    expect(note.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const move = await call(MOVE, { i: { ticketId: id, status: 'RESOLVED' } }, admin);
    expect(move.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const empty = await call(CREATE, { i: { category: 'FEEDBACK', subject: ' ', description: 'x' } }, admin);
    expect(empty.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'subject' }],
    });
    const ours = await call<{ company: { tickets: { edges: { node: { id: string } }[] } } }>(
      `query { company(id: "${alpha.id}") { tickets(filter: { category: GRATITUDE }) { edges { node { id } } } } }`,
      {},
      admin,
    );
    expect(ours.data?.company.tickets.edges.map((e) => e.node.id)).toEqual([id]);
  });
});
