// Billing at scale: a statement of an account with 10,000 ledger entries read through the gateway (p50/p95 of
// a year's statement with its totals and first page of operations), and the monthly billing run for 5,000
// accounts (every account's fees, prorated; an invoice each; charges through the ledger with their events).
import { join } from 'node:path';
import { benchSystem, graphql, login, ms, percentile, require, root } from './lib.mjs';

const { Client } = require(join(root, 'node_modules/pg'));

const ACCOUNTS = 5_000;
const ENTRIES = 10_000;

const STATEMENT = `query ($id: ID!) { personalAccount(id: $id) {
  statement(period: { from: "2025-01-01", to: "2025-12-31" }) {
    openingBalance { amount } closingBalance { amount } charges { amount } payments { amount }
    operations(first: 50) { edges { node { id kind amount { amount } occurredAt } } }
  } } }`;

export async function run() {
  const bench = await benchSystem({ DEMO_ACCOUNTS: ACCOUNTS });
  const started = performance.now();
  const system = await bench.launch();
  console.log(
    `start-up with ${ACCOUNTS} demo accounts (their three months billed by the run): ${system.seconds.toFixed(1)} s`,
  );
  const db = new Client(`postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`);
  await db.connect();
  try {
    const admin = await login(bench.gatewayUrl, 'demo-admin');
    const operator = await login(bench.gatewayUrl, 'operator');
    const auth = (token) => ({ authorization: `Bearer ${token}` });

    // One account with 10,000 entries over 2025, written straight into the ledger (its balance kept equal).
    const [{ account_id: accountId }] = (
      await db.query('SELECT account_id FROM billing.billing_accounts ORDER BY account_id LIMIT 1')
    ).rows;
    await db.query(
      `INSERT INTO billing.ledger_entries (id, account_id, company_id, kind, amount_minor, currency, description, occurred_at)
       SELECT gen_random_uuid(), a.account_id, a.company_id, CASE WHEN i % 3 = 0 THEN 'PAYMENT' ELSE 'CHARGE' END,
         CASE WHEN i % 3 = 0 THEN 30000 ELSE -14000 END, 'RUB', 'bench', timestamptz '2025-01-01 00:00+03' + i * interval '52 minutes'
       FROM billing.billing_accounts a, generate_series(1, $2) AS i WHERE a.account_id = $1`,
      [accountId, ENTRIES],
    );
    await db.query(
      `UPDATE billing.billing_accounts SET balance_minor =
         (SELECT sum(amount_minor) FROM billing.ledger_entries WHERE account_id = $1) WHERE account_id = $1`,
      [accountId],
    );
    for (let i = 0; i < 5; i++) await graphql(bench.gatewayUrl, STATEMENT, { id: accountId }, auth(admin));
    const latencies = [];
    for (let i = 0; i < 100; i++) {
      const t = performance.now();
      await graphql(bench.gatewayUrl, STATEMENT, { id: accountId }, auth(admin));
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `statement of a year over ${ENTRIES} entries, first page of 50, x100: p50 ${ms(percentile(latencies, 50))}, p95 ${ms(percentile(latencies, 95))}`,
    );

    // The run for a month nobody was billed for yet: all accounts, from the start.
    const t = performance.now();
    const ran = await graphql(
      bench.gatewayUrl,
      'mutation { runBilling(input: { month: "2025-06" }) { accountsBilled invoicesIssued charged { amount } } }',
      {},
      auth(operator),
    );
    const seconds = (performance.now() - t) / 1000;
    const { accountsBilled, invoicesIssued } = ran.runBilling;
    const [{ n: charges }] = (
      await db.query(
        `SELECT count(*)::int AS n FROM billing.ledger_entries WHERE description LIKE '%июнь 2025%'`,
      )
    ).rows;
    console.log(
      `billing run, ${accountsBilled} accounts (${invoicesIssued} invoices, ${charges} charges): ${seconds.toFixed(1)} s, ${(accountsBilled / seconds).toFixed(0)} accounts/s`,
    );
  } finally {
    await db.end();
    await system.stop();
    bench.remove();
    console.log(`(whole benchmark ${((performance.now() - started) / 1000).toFixed(0)} s)`);
  }
}
