// The cabinet in a real browser against the real stack: the web app served by the gateway (production mode:
// only the app's trusted documents run), five subgraphs on PostgreSQL, Debian's Chromium. The journeys a
// customer makes — sign in with an SMS code, see balances, pay by card and watch the balance change live,
// order a service and watch it move, write to support and get an answer, be notified — each page saved as a
// screenshot and checked by axe-core for serious accessibility violations.
import { join } from 'node:path';
import { DEMO_PASSWORD, demoPlan } from '@kabinet/dev';
import { TrustedDocuments } from '@kabinet/gateway';
import { eventually } from '@kabinet/kit/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { asRoubles, launchBrowser, screenshot, seriousViolations } from '../src/browser';
import { type RunningSystem, startSystem } from '../src/system';

const web = join(__dirname, '..', '..', 'web');
const plan = demoPlan([{ key: 'a', name: 'ООО «Ромашка»', accounts: 3 }]);
const [company] = plan.companies;
const PHONE = '+79001112233';

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
    browser = await launchBrowser();
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
    await checkPage('overview');
  });
});
