// The cabinet web app, as a person gets it: the built bundle's size (gzipped), the first load of the overview in
// headless Chromium against the local stack (the demo company: 50 accounts) until it is interactive — its
// data shown and the live connection up — and how soon a payment's balance change appears on an open page
// (20 payments, p50/p95/max, from the moment the payment is sent: its commit comes later, so this overstates).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { benchSystem, graphql, login, ms, percentile, require, root } from './lib.mjs';

const { launchChromium } = require(join(root, 'dev/dist/index.js'));

const LOADS = 10;
const PAYMENTS = 20;

function bundleSizes() {
  const assets = join(root, 'web', 'dist', 'assets');
  const sizes = { js: 0, jsGzip: 0, css: 0, cssGzip: 0 };
  for (const file of readdirSync(assets)) {
    const kind = file.endsWith('.js') ? 'js' : file.endsWith('.css') ? 'css' : null;
    if (!kind) continue;
    const content = readFileSync(join(assets, file));
    sizes[kind] += content.length;
    sizes[`${kind}Gzip`] += gzipSync(content, { level: 9 }).length;
  }
  return sizes;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * Waits until the stack is quiet: right after seeding a large demo world, relays and consumers work through
 * its events for a while, and a page loaded then measures them, not itself. Quiet: under 0.2 CPU seconds a
 * second for two seconds running (at most two minutes).
 */
async function settled(system) {
  const busy = () => Object.values(system.cpuSeconds()).reduce((sum, seconds) => sum + seconds, 0);
  let quiet = 0;
  for (let waited = 0; quiet < 2 && waited < 120; waited++) {
    const before = busy();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    quiet = busy() - before < 0.2 ? quiet + 1 : 0;
  }
}

/** The stack (`npm start`, `env` for its demo world), Chromium, and the demo admin's signed-in session. */
async function withCabinet(env, work) {
  const bench = await benchSystem(env);
  const system = await bench.launch();
  await settled(system);
  const origin = bench.gatewayUrl.replace(/\/graphql$/, '');
  const browser = await launchChromium();
  try {
    const first = await browser.newContext({ locale: 'ru-RU' });
    const signIn = await first.newPage();
    await signIn.goto(`${origin}/`);
    await signIn.getByLabel('Логин').fill('demo-admin');
    await signIn.getByLabel('Пароль').fill('Kabinet-demo-2026');
    await signIn.getByRole('button', { name: 'Войти' }).click();
    await signIn.getByTestId('balance-total').waitFor();
    const session = await first.storageState();
    await first.close();
    return await work({ bench, origin, browser, session });
  } finally {
    await browser.close();
    await system.stop();
    bench.remove();
  }
}

/**
 * Cold loads of the overview (a fresh browser context each, signed in): from navigation start until the first
 * page of accounts is on screen and the live connection is up.
 */
async function firstLoads({ origin, browser, session }, label) {
  const interactive = [];
  const contentful = [];
  for (let i = 0; i < LOADS; i++) {
    const context = await browser.newContext({ locale: 'ru-RU', storageState: session });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByTestId('account-5100000050').waitFor();
    await page.getByText('Онлайн').waitFor();
    const [ready, fcp] = await page.evaluate(() => [
      performance.now(),
      performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN,
    ]);
    interactive.push(ready);
    contentful.push(fcp);
    await context.close();
  }
  interactive.sort((a, b) => a - b);
  contentful.sort((a, b) => a - b);
  console.log(
    `first load (${LOADS} cold loads, ${label}): interactive p50 ${ms(percentile(interactive, 50))}, ` +
      `max ${ms(interactive.at(-1))}; first contentful paint p50 ${ms(percentile(contentful, 50))}`,
  );
}

export async function run() {
  const sizes = bundleSizes();
  console.log(
    `bundle: JS ${kb(sizes.js)} (${kb(sizes.jsGzip)} gzipped), CSS ${kb(sizes.css)} (${kb(sizes.cssGzip)} gzipped)`,
  );
  await withCabinet({}, async (cabinet) => {
    await firstLoads(cabinet, 'overview of a company with 50 accounts');
    await balanceLatency(cabinet);
  });
  await withCabinet({ DEMO_ACCOUNTS: 5_000 }, (cabinet) =>
    firstLoads(cabinet, 'overview of a company with 5,000 accounts, the first 50 shown'),
  );
}

/** A balance change on the open account page: the operator posts a payment; the page's balance text changes. */
async function balanceLatency({ bench, origin, browser, session }) {
  const operator = { authorization: `Bearer ${await login(bench.gatewayUrl, 'operator')}` };
  const admin = { authorization: `Bearer ${await login(bench.gatewayUrl, 'demo-admin')}` };
  const { me } = await graphql(
    bench.gatewayUrl,
    '{ me { company { personalAccounts(first: 1) { edges { node { id } } } } } }',
    {},
    admin,
  );
  const accountId = me.company.personalAccounts.edges[0].node.id;
  const context = await browser.newContext({ locale: 'ru-RU', storageState: session });
  const page = await context.newPage();
  await page.goto(`${origin}/accounts/${accountId}`);
  await page.getByText('Онлайн').waitFor();
  await page.getByTestId('account-balance').first().waitFor();
  await page.evaluate(() => {
    const seen = [];
    globalThis.balanceChanges = seen;
    const target = document.querySelector('[data-testid="account-balance"]');
    new MutationObserver(() => seen.push(Date.now())).observe(target, {
      subtree: true,
      characterData: true,
      childList: true,
    });
  });
  const latencies = [];
  for (let i = 0; i < PAYMENTS; i++) {
    const sent = Date.now();
    await graphql(
      bench.gatewayUrl,
      'mutation ($i: PostLedgerEntryInput!) { postLedgerEntry(input: $i) { entry { id } } }',
      {
        i: {
          accountId,
          kind: 'PAYMENT',
          amount: '10.00',
          description: 'Платёж (замер)',
          idempotencyKey: `bench-web-${Date.now()}-${i}`,
        },
      },
      operator,
    );
    await page.waitForFunction((n) => globalThis.balanceChanges.length > n, i);
    const shown = await page.evaluate((n) => globalThis.balanceChanges[n], i);
    latencies.push(shown - sent);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `balance change on the open page (${PAYMENTS} payments): p50 ${ms(percentile(latencies, 50))}, ` +
      `p95 ${ms(percentile(latencies, 95))}, max ${ms(latencies.at(-1))}`,
  );
  await context.close();
}
