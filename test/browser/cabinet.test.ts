// The cabinet in a real browser against the real stack: the web app served by the gateway (production mode:
// only the app's trusted documents run), five subgraphs on PostgreSQL, Debian's Chromium. The journeys a
// customer makes — sign in with an SMS code, see balances, pay by card and watch the balance change live,
// order a service and watch it move, write to support and get an answer, be notified — each page saved as a
// screenshot and checked by axe-core for serious accessibility violations.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_PASSWORD, demoPlan, launchChromium } from '@kabinet/dev';
import { TrustedDocuments } from '@kabinet/gateway';
import { eventually } from '@kabinet/kit/testing';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { asRoubles, plusKopecks, screenshot, seriousViolations } from '../src/browser';
import { minimalPdf } from '../src/documents';
import { createPayment, payByCard } from '../src/payments';
import { type RunningSystem, startSystem } from '../src/system';

const web = join(__dirname, '..', '..', 'web');
const plan = demoPlan([{ key: 'a', name: 'ООО «Ромашка»', accounts: 3 }]);
const [company] = plan.companies;
const PHONE = '+79001112233';

/** The page's localStorage, as far as the tests read it (the DOM's types are not loaded here). */
interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

describe('the cabinet in a browser', () => {
  let system: RunningSystem;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let operator: string;
  let origin: string;

  beforeAll(async () => {
    system = await startSystem(plan);
    // The browser's gateway runs as deployed; the test plays the operator's staff through the system's own.
    const manifest = join(web, 'src', 'generated', 'persisted-documents.json');
    const cabinetGateway = await system.addGateway(
      {},
      {
        webRoot: join(web, 'dist'),
        production: true,
        trustedDocuments: TrustedDocuments.fromFile(manifest, true),
      },
    );
    origin = cabinetGateway.replace(/\/graphql$/, '');
    operator = await system.login('operator', DEMO_PASSWORD);
    // The company's admin signs in with an SMS code.
    await system.subgraphs.identity.db.dataSource.query(
      'UPDATE users SET phone = $2, sms_login = true WHERE id = $1',
      [company.admin.id, PHONE],
    );
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'ru-RU', timezoneId: 'Europe/Moscow' });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await system?.stop();
  });

  /** The page's serious accessibility violations, then its screenshot. */
  const checkPage = async (name: string) => {
    await screenshot(page, name);
    expect(await seriousViolations(page)).toEqual([]);
  };

  const lastSmsCode = async () => {
    const [message] = await system.subgraphs.identity.db.dataSource.query(
      'SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      [PHONE],
    );
    return /\b(\d{6})\b/.exec(message?.body ?? '')?.[1] ?? null;
  };

  const balanceOf = async (accountId: string) => {
    const answer = await system.query<{ personalAccount: { balance: { amount: string } } }>(
      'query ($id: ID!) { personalAccount(id: $id) { balance { amount } } }',
      { id: accountId },
      operator,
    );
    return answer.data?.personalAccount.balance.amount as string;
  };

  it('signs in with the SMS code and shows the balances', async () => {
    await page.goto(`${origin}/`);
    await checkPage('sign-in');
    await page.getByLabel('Логин').fill(company.admin.login);
    await page.getByLabel('Пароль').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByLabel('Код из SMS').waitFor();
    await page.getByText('+7 *** ***-**-33').waitFor();
    const code = await eventually(lastSmsCode, 'the SMS code');
    await page.getByLabel('Код из SMS').fill(code);
    await page.getByRole('button', { name: 'Подтвердить' }).click();

    await page.getByTestId('balance-total').waitFor();
    for (const account of company.accounts) {
      const row = page.getByTestId(`account-${account.number}`);
      expect(await row.getByTestId('account-balance').textContent()).toBe(
        asRoubles(await balanceOf(account.id)),
      );
    }
    await page.getByText('Онлайн').waitFor();
    // Expenses as charts: bars with each amount in their accessible name.
    await page.getByRole('img', { name: /^По видам услуг: / }).waitFor();
    await page.getByRole('img', { name: /^По месяцам: / }).waitFor();
    await checkPage('overview');
  });

  it('pays by card on the acquirer page and the balance changes on the open page, without reloading', async () => {
    const account = company.accounts[0];
    await page.getByTestId(`account-${account.number}`).getByRole('link').click();
    await page.getByRole('heading', { name: new RegExp(account.number) }).waitFor();
    await checkPage('account');
    const before = await balanceOf(account.id);
    const after = plusKopecks(before, 150_050n);
    expect(await page.getByTestId('account-balance').first().textContent()).toBe(asRoubles(before));
    // A mark on the page's window: still there at the end, so the page never reloaded.
    await page.evaluate(() => Object.assign(globalThis, { untouched: true }));

    await page.getByLabel('Сумма, ₽').fill('1500,50');
    const acquirerPage = context.waitForEvent('page');
    await page.getByRole('button', { name: 'Оплатить' }).click();
    const acquirer = await acquirerPage;
    await acquirer.getByLabel('Номер карты').fill('4242424242424242');
    await acquirer.getByRole('button', { name: 'Оплатить' }).click();
    await acquirer.getByText('Оплата прошла').waitFor();
    await acquirer.close();

    await page
      .getByTestId('account-balance')
      .first()
      .filter({ hasText: asRoubles(after) })
      .waitFor();
    expect(await page.evaluate(() => (globalThis as { untouched?: boolean }).untouched)).toBe(true);

    // The statement shows the payment, and downloads as CSV with it in.
    await page
      .getByRole('cell', { name: /Платёж/ })
      .first()
      .waitFor();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Скачать CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync((await csv.path()) as string, 'utf8')).toContain('1500.50');
  });

  it('changes a tariff from next month, freezes a service and resumes it, and orders a document', async () => {
    const account = company.accounts[2];
    await page.goto(`${origin}/accounts/${account.id}`);
    // The first service that can change, found again by its heading whatever its buttons become.
    const heading = (await page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: 'Сменить тариф' }) })
      .first()
      .getByRole('heading')
      .textContent()) as string;
    const card = page
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: heading, exact: true }) });
    await card.getByRole('button', { name: 'Сменить тариф' }).click();
    const choice = card.getByLabel('Новый тариф (с начала следующего месяца)');
    await choice.locator('option').nth(1).waitFor({ state: 'attached' });
    const tariff = (await choice.locator('option').nth(1).textContent()) as string;
    await choice.selectOption({ index: 1 });
    await card.getByRole('button', { name: 'Сменить', exact: true }).click();
    await card.getByText(`тариф «${tariff}»`).waitFor();

    await card.getByRole('button', { name: 'Приостановить', exact: true }).click();
    const resumeOn = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    await card.getByLabel('Возобновить с').fill(resumeOn);
    await card.getByRole('button', { name: 'Приостановить до этой даты' }).click();
    await card.getByText('Приостановлена').waitFor();
    await card.getByRole('button', { name: 'Возобновить' }).click();
    await card.getByText('Работает').waitFor();

    await page.getByRole('button', { name: 'Заказать за прошлый и текущий месяц' }).click();
    await page.getByRole('listitem').filter({ hasText: 'Акт оказанных услуг' }).first().waitFor();
  });

  /** The number the unread badge shows (0 when there is none). */
  const unreadBadge = async () => {
    const badge = page.getByTestId('unread-badge');
    return (await badge.count()) ? Number.parseInt((await badge.textContent()) ?? '0', 10) : 0;
  };

  /** The operator's staff move an order a step (through the system's own gateway). */
  const staff = async (orderId: string, step: string) => {
    const moved = await system.query(
      'mutation ($i: AdvanceOrderInput!) { advanceOrder(input: $i) { order { status } } }',
      { i: { orderId, step } },
      operator,
    );
    expect(moved.errors).toBeUndefined();
  };

  it('orders a service and watches its status move as the operator works it, notified', async () => {
    await page.getByRole('link', { name: 'Заявки' }).click();
    await page.getByRole('heading', { name: 'Заявки' }).waitFor();
    await checkPage('orders');
    await page.getByRole('link', { name: 'Новая заявка' }).click();
    await page.getByLabel('Счёт', { exact: true }).selectOption({ index: 1 });
    await page.getByRole('radio').first().check();
    await page.getByLabel('Адрес подключения').fill('ул. Тверская, д. 1, офис 5');
    await page.getByLabel('Контактное лицо').fill('Иванова Мария');
    await page.getByLabel('Телефон', { exact: true }).fill('+79160000001');
    await checkPage('new-order');
    await page.getByRole('button', { name: 'Отправить заявку' }).click();
    await page.getByTestId('order-status').filter({ hasText: 'Принята' }).waitFor();
    const orderId = page.url().split('/').at(-1) as string;
    const unread = await unreadBadge();

    await staff(orderId, 'START_FEASIBILITY_CHECK');
    await page.getByTestId('order-status').filter({ hasText: 'Проверка возможности' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'Проверка возможности (оператор)' }).waitFor();
    await eventually(
      async () => (await unreadBadge()) > unread,
      'the unread badge counting the status change',
    );

    // Accepted: the customer books the technician's visit on the page.
    await staff(orderId, 'ACCEPT');
    await page.getByRole('heading', { name: 'Выберите время визита' }).waitFor();
    await checkPage('order');
    await page
      .getByRole('list')
      .filter({ has: page.getByRole('button') })
      .getByRole('button')
      .first()
      .click();
    await page.getByText(/^Визит техника:/).waitFor();
    // The technician works; the customer accepts the work.
    await staff(orderId, 'START_WORK');
    await staff(orderId, 'FINISH_WORK');
    await page.getByRole('button', { name: 'Подтвердить выполнение' }).click();
    await page.getByTestId('order-status').filter({ hasText: 'Выполнена' }).waitFor();
  });

  it('writes to support and reads the answer as it arrives', async () => {
    await page.getByRole('link', { name: 'Обращения' }).click();
    await page.getByRole('heading', { name: 'Обращения' }).waitFor();
    await page.getByText('Новое обращение').click();
    await page.getByLabel('Кратко').fill('Не работает интернет в офисе');
    await page.getByLabel('Описание').fill('С утра нет связи на всех компьютерах.');
    await page
      .getByLabel('Файлы (до 5, по 10 МБ)')
      .setInputFiles({ name: 'Схема офиса.pdf', mimeType: 'application/pdf', buffer: minimalPdf() });
    await checkPage('tickets');
    await page.getByRole('button', { name: 'Отправить' }).click();
    await page.getByRole('heading', { name: /Не работает интернет в офисе/ }).waitFor();
    const ticketId = page.url().split('/').at(-1) as string;
    const unread = await unreadBadge();

    const answer = await system.query(
      'mutation ($i: AddTicketMessageInput!) { addTicketMessage(input: $i) { message { id } } }',
      { i: { ticketId, body: 'Перезагрузите роутер, пожалуйста.' } },
      operator,
    );
    expect(answer.errors).toBeUndefined();
    // The file went with the ticket and downloads from it.
    const attached = page.getByRole('link', { name: 'Схема офиса.pdf' });
    await attached.waitFor();
    const file = await fetch(new URL((await attached.getAttribute('href')) as string, origin));
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');
    await page.getByText('Перезагрузите роутер, пожалуйста.').waitFor();
    await eventually(async () => (await unreadBadge()) > unread, 'the unread badge counting the answer');
    await checkPage('ticket');

    await page.getByRole('link', { name: /Уведомления/ }).click();
    await page.getByRole('heading', { name: 'Уведомления' }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'К обращению' }).first().waitFor();
    await checkPage('notifications');
  });

  it('shows when the live connection is lost, and on its return catches up on what it missed', async () => {
    const account = company.accounts[1];
    const live = await context.newPage();
    // Playwright stands between the page and the gateway's socket, so the test can cut it and hold it down.
    let down = false;
    const sockets: WebSocketRoute[] = [];
    const sent: string[] = [];
    await live.routeWebSocket(/\/graphql$/, (socket) => {
      if (down) return void socket.close({ code: 1012, reason: 'restarting' });
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        sent.push(String(message));
        server.send(message);
      });
      sockets.push(socket);
    });
    await live.goto(`${origin}/accounts/${account.id}`);
    await live.getByText('Онлайн').waitFor();
    const admin = (await system.signToken({ userId: company.admin.id, companyId: company.id, role: 'ADMIN' }))
      .token;
    const pay = async (amount: string) => {
      const payment = await createPayment(system, admin, { accountId: account.id, amount, method: 'CARD' });
      await payByCard(payment.data?.createPayment.payment.paymentUrl as string, '4242424242424242');
    };
    // One payment the page sees live: its subscription now knows where the stream is.
    const start = await balanceOf(account.id);
    await pay('100.00');
    const before = plusKopecks(start, 10_000n);
    await live
      .getByTestId('account-balance')
      .first()
      .filter({ hasText: asRoubles(before) })
      .waitFor();

    down = true;
    for (const socket of sockets) await socket.close({ code: 1012, reason: 'restarting' });
    await live.getByText('Связь потеряна, переподключаемся…').waitFor();
    // A payment while the page cannot hear it.
    await pay('777.00');
    const after = plusKopecks(before, 77_700n);
    await eventually(async () => (await balanceOf(account.id)) === after, 'the payment posted');
    await screenshot(live, 'reconnecting');
    expect(await live.getByTestId('account-balance').first().textContent()).toBe(asRoubles(before));

    // Back: the subscription resumes after the last event it saw, so the missed payment arrives.
    const resumedFrom = sent.length;
    down = false;
    await live.getByText('Онлайн').waitFor();
    await live
      .getByTestId('account-balance')
      .first()
      .filter({ hasText: asRoubles(after) })
      .waitFor();
    const resubscribed = sent
      .slice(resumedFrom)
      .map((text) => JSON.parse(text))
      .find((message) => message.type === 'subscribe' && message.payload.operationName === 'BalanceMoved');
    expect(resubscribed?.payload.variables.after).toEqual(expect.any(Number));
    await live.close();
  });

  it('renews an expired access token with the refresh token, unnoticed', async () => {
    // The stored access token is past its time and no longer valid: the app must renew before it asks.
    const used = await page.evaluate(() => {
      const storage = (globalThis as unknown as { localStorage: KeyValueStore }).localStorage;
      const tokens = JSON.parse(storage.getItem('kabinet.session') as string);
      storage.setItem(
        'kabinet.session',
        JSON.stringify({
          ...tokens,
          accessToken: 'expired',
          expiresAt: new Date(Date.now() - 60_000).toISOString(),
        }),
      );
      return tokens.refreshToken as string;
    });
    await page.goto(`${origin}/`);
    await page.getByTestId('balance-total').waitFor();
    await page.getByText('Онлайн').waitFor();
    const renewed = await page.evaluate(
      () =>
        JSON.parse(
          (globalThis as unknown as { localStorage: KeyValueStore }).localStorage.getItem(
            'kabinet.session',
          ) as string,
        ) as { accessToken: string; refreshToken: string },
    );
    expect(renewed.accessToken).not.toBe('expired');
    expect(renewed.refreshToken).not.toBe(used);
  });

  it('every other page loads its data, with no serious accessibility violation', async () => {
    const pages: [string, string, string][] = [
      ['news', '/news', 'Новости'],
      ['faq', '/faq', 'Вопросы и ответы'],
      ['archive', '/archive', 'Архив действий'],
      ['users', '/users', 'Пользователи'],
      ['devices', '/devices', 'Устройства'],
      ['freephone', '/orders/freephone', 'Номер 8-800'],
      ['storage', '/orders/storage', 'Облачное хранилище'],
    ];
    for (const [name, path, heading] of pages) {
      await page.goto(`${origin}${path}`);
      await page.getByRole('heading', { name: heading, exact: true }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(await page.getByRole('alert').count()).toBe(0);
      await checkPage(name);
    }
    await page.goto(`${origin}/faq`);
    await page.getByLabel('Поиск').fill('оплата');
    await page.locator('mark').first().waitFor();
    await page.goto(`${origin}/archive`);
    await page.getByRole('cell', { name: 'identity.login' }).first().waitFor();
  });

  it('works at phone width: the menu folds away and the balances still show', async () => {
    const phone = await browser.newContext({
      locale: 'ru-RU',
      viewport: { width: 375, height: 740 },
      storageState: await context.storageState(),
    });
    const small = await phone.newPage();
    await small.goto(`${origin}/`);
    await small.getByTestId('balance-total').waitFor();
    expect(await small.getByRole('navigation').isVisible()).toBe(false);
    await small.getByRole('button', { name: 'Меню' }).click();
    await small.getByRole('link', { name: 'Заявки' }).waitFor();
    const overflow = await small.evaluate(() => {
      const root = (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } })
        .document;
      return root.documentElement.scrollWidth;
    });
    expect(overflow).toBeLessThanOrEqual(375);
    await screenshot(small, 'overview-phone');
    await phone.close();
  });

  it('invites a user, who signs in with the generated password and must choose their own first', async () => {
    await page.goto(`${origin}/users`);
    await page.getByLabel('Логин').fill('petrova');
    await page.getByLabel('ФИО').fill('Петрова Анна');
    await page.getByLabel('Эл. почта (на неё придёт пароль)').fill('petrova@example.ru');
    await page.getByRole('button', { name: 'Пригласить' }).click();
    await page.getByRole('cell', { name: /Петрова Анна/ }).waitFor();
    await page.getByRole('button', { name: 'Выйти' }).click();
    await page.getByRole('heading', { name: 'Вход в кабинет' }).waitFor();

    const [letter] = await system.subgraphs.identity.db.dataSource.query(
      'SELECT body FROM outgoing_messages WHERE recipient = $1 ORDER BY id DESC LIMIT 1',
      ['petrova@example.ru'],
    );
    const generated = /пароль (\S+)\./.exec(letter?.body ?? '')?.[1] as string;
    await page.getByLabel('Логин').fill('petrova');
    await page.getByLabel('Пароль').fill(generated);
    await page.getByRole('button', { name: 'Войти' }).click();
    await page.getByLabel('Новый пароль').fill('Sunny-meadow-2026-x');
    await screenshot(page, 'password-change');
    await page.getByRole('button', { name: 'Сохранить и войти' }).click();
    await page.locator('.who', { hasText: 'Петрова Анна' }).waitFor();
    await page.getByTestId('balance-total').waitFor();
  });
});
