// Card payments completed per second through the gateway — createPayment, the card posted to the payment
// page, the simulated acquirer's signed webhook back through the gateway, the posting — against the same
// postings written straight into PostgreSQL by one client pool (the physical limit on this machine), at the
// same concurrency. Payments go to the accounts of ten companies (the demo world's two and eight extra): a
// company's postings serialise on its event stream, as they must, so one company alone measures that lock.
// Prints both and their ratio.
import { join } from 'node:path';
import { benchSystem, graphql, login, require, root } from './lib.mjs';

const { Pool } = require(join(root, 'node_modules/pg'));

const PAYMENTS = 400;
const CONCURRENCY = 16;
const CARD = '4242424242424242';
const EXTRA_COMPANIES = 8;

/** Runs `work(i)` for i < total with `concurrency` in flight; the seconds it took. */
async function timed(total, concurrency, work) {
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await work(next++);
    }),
  );
  return (performance.now() - started) / 1000;
}

export async function run() {
  const bench = await benchSystem({ DEMO_EXTRA_COMPANIES: EXTRA_COMPANIES, DEMO_EXTRA_ACCOUNTS: 5 });
  const system = await bench.launch();
  const db = new Pool({
    connectionString: `postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`,
    max: CONCURRENCY,
  });
  try {
    const admins = [
      'demo-admin',
      'north-admin',
      ...Array.from({ length: EXTRA_COMPANIES }, (_, i) => `bulk-${i + 1}-admin`),
    ];
    const companies = await Promise.all(
      admins.map(async (admin) => {
        const auth = { authorization: `Bearer ${await login(bench.gatewayUrl, admin)}` };
        const { me } = await graphql(
          bench.gatewayUrl,
          '{ me { company { personalAccounts(first: 5) { edges { node { id } } } } } }',
          {},
          auth,
        );
        return { auth, accounts: me.company.personalAccounts.edges.map((e) => e.node.id) };
      }),
    );
    const accounts = companies.flatMap((c) => c.accounts);

    const pay = async (i) => {
      const company = companies[i % companies.length];
      const { createPayment } = await graphql(
        bench.gatewayUrl,
        'mutation ($i: CreatePaymentInput!) { createPayment(input: $i) { payment { id paymentUrl } } }',
        {
          i: {
            accountId: company.accounts[Math.floor(i / companies.length) % company.accounts.length],
            amount: `${100 + (i % 900)}.00`,
            method: 'CARD',
            idempotencyKey: `bench-${process.pid}-${i}-${Date.now()}`,
          },
        },
        company.auth,
      );
      // The page answers once the acquirer's webhook has been taken by billing: the payment is complete.
      const page = await fetch(createPayment.payment.paymentUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: `card=${CARD}`,
      });
      if (page.status !== 200) throw new Error(`payment page answered ${page.status}`);
    };
    await timed(20, CONCURRENCY, pay); // warm-up
    const before = await succeeded(db);
    const cpuBefore = system.cpuSeconds();
    const gatewaySeconds = await timed(PAYMENTS, CONCURRENCY, pay);
    const done = (await succeeded(db)) - before;
    if (done !== PAYMENTS) throw new Error(`${done} of ${PAYMENTS} payments succeeded`);
    const throughGateway = PAYMENTS / gatewaySeconds;
    const cpuAfter = system.cpuSeconds();
    const cpuPerPayment = Object.entries(cpuAfter)
      .map(
        // Subgraphs run behind the demo-data preamble, which names their processes.
        ([name, total]) =>
          `${name === 'with-demo-data.mjs' ? 'subgraphs' : name} ${(((total - (cpuBefore[name] ?? 0)) / PAYMENTS) * 1000).toFixed(1)} ms`,
      )
      .join(', ');

    const directSeconds = await direct(db, accounts);
    const straight = PAYMENTS / directSeconds;
    console.log(
      `card payments through the gateway (create, card, signed webhook, posting): ${throughGateway.toFixed(0)}/s ` +
        `(${PAYMENTS} at concurrency ${CONCURRENCY})`,
    );
    console.log(`CPU per card payment: ${cpuPerPayment}`);
    console.log(`the same postings straight into PostgreSQL: ${straight.toFixed(0)}/s`);
    console.log(
      `ratio: the gateway path reaches ${((throughGateway / straight) * 100).toFixed(1)}% of the database's limit`,
    );
  } finally {
    await db.end();
    await system.stop();
    bench.remove();
  }
}

const succeeded = async (db) =>
  Number((await db.query("SELECT count(*) FROM billing.payments WHERE state = 'SUCCEEDED'")).rows[0].count);

/**
 * What a card payment writes, and nothing else, on tables of the same shape in a scratch schema: the PENDING
 * payment, then one transaction that locks the account, appends the entry, moves the balance and completes
 * the payment.
 */
async function direct(db, accounts) {
  await db.query(`DROP SCHEMA IF EXISTS bench_payments CASCADE; CREATE SCHEMA bench_payments;
    CREATE TABLE bench_payments.accounts (id uuid PRIMARY KEY, balance bigint NOT NULL DEFAULT 0);
    CREATE TABLE bench_payments.entries (id uuid PRIMARY KEY, account_id uuid NOT NULL, amount bigint NOT NULL,
      occurred_at timestamptz NOT NULL);
    CREATE TABLE bench_payments.payments (id uuid PRIMARY KEY, account_id uuid NOT NULL, amount bigint NOT NULL,
      state text NOT NULL, entry_id uuid UNIQUE)`);
  await db.query('INSERT INTO bench_payments.accounts (id) SELECT unnest($1::uuid[])', [accounts]);
  const seconds = await timed(PAYMENTS, CONCURRENCY, async (i) => {
    const account = accounts[i % accounts.length];
    const amount = (100 + (i % 900)) * 100;
    const { rows } = await db.query(
      "INSERT INTO bench_payments.payments (id, account_id, amount, state) VALUES (gen_random_uuid(), $1, $2, 'PENDING') RETURNING id",
      [account, amount],
    );
    const client = await db.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT balance FROM bench_payments.accounts WHERE id = $1 FOR UPDATE', [account]);
      const entry = await client.query(
        'INSERT INTO bench_payments.entries (id, account_id, amount, occurred_at) VALUES (gen_random_uuid(), $1, $2, now()) RETURNING id',
        [account, amount],
      );
      await client.query('UPDATE bench_payments.accounts SET balance = balance + $2 WHERE id = $1', [
        account,
        amount,
      ]);
      await client.query(
        "UPDATE bench_payments.payments SET state = 'SUCCEEDED', entry_id = $2 WHERE id = $1 AND state = 'PENDING'",
        [rows[0].id, entry.rows[0].id],
      );
      await client.query('COMMIT');
    } finally {
      client.release();
    }
  });
  await db.query('DROP SCHEMA bench_payments CASCADE');
  return seconds;
}
