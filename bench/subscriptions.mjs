// Federated subscriptions at scale, against the whole system started by the launcher (separate processes):
//  1. 10,000 concurrent subscriptions (1,000 sockets × 10) on one gateway process: its resident memory;
//  2. fan-out: one balance change to 1,000 subscribers of one account, latency from posting to receipt;
//  3. sustained: 500 balance changes per second for 60 s (after 5 s of warm-up) across 1,000 accounts, every
//     event checked by sequence number at its subscribers (lost, duplicated) and timed. Changes are posted
//     as billing receives them, in registries (postLedgerEntries, 25 per call; BENCH_BATCH=1 posts singly).
// Prints the CPU each process used while posting: on a small machine everything, the load generator too,
// shares the cores.
// Subscriptions select fields from billing and accounts, so every event crosses subgraphs.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import {
  benchSystem,
  cpuShare,
  freePort,
  graphql,
  login,
  ms,
  percentile,
  processCpuSeconds,
  require,
  root,
} from './lib.mjs';

const { stableId, gatewayLink } = require(join(root, 'subgraphs/kit/dist/index.js'));

const ACCOUNTS = 1000;
const SOCKETS = Number(process.env.BENCH_SOCKETS ?? 1000);
const PER_SOCKET = 10;
/** The sustained load spreads its 1,000 accounts over this many companies (each company is one ordered stream). */
const LOAD_COMPANIES = 10;
const SUSTAINED_RATE = Number(process.env.BENCH_RATE ?? 500);
const SUSTAINED_SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
/** Seconds of load at the same rate before the measured ones: new subscriptions' first events, JIT. */
const WARMUP_SECONDS = Number(process.env.BENCH_WARMUP ?? 5);
/** Changes per posting call in the sustained phase (a payment registry); 1 posts them one by one. */
const BATCH = Number(process.env.BENCH_BATCH ?? 25);
const WATCH = `subscription ($ids: [ID!]) { balanceChanged(accountIds: $ids) { sequence balance { amount } account { id number } } }`;
const sleep = (t) => new Promise((r) => setTimeout(r, t));

export async function run() {
  const bench = await benchSystem({
    DEMO_ACCOUNTS: ACCOUNTS,
    DEMO_EXTRA_COMPANIES: LOAD_COMPANIES - 1,
    DEMO_EXTRA_ACCOUNTS: ACCOUNTS / LOAD_COMPANIES,
    MAX_CONNECTIONS_PER_USER: SOCKETS * 2,
  });
  const system = await bench.launch();
  const sockets = [];
  const cleanup = [];
  try {
    const gateway = bench.gatewayUrl;
    const token = await login(gateway, 'demo-admin');
    const accounts = await accountIds(gateway, token);

    // Postings go straight to billing with the gateway's credential: the load generator is not the subject.
    const { gatewaySecret } = bench.secrets();
    const billingUrl = `http://127.0.0.1:${bench.ports.SUBGRAPH_PORT_BASE + 2}/graphql`;
    // Writes go to a second billing process, as in a scaled-out deployment; the first serves the subscriptions.
    const writer = await startBillingInstance(bench, gatewaySecret);
    cleanup.push(() => writer.stop());
    const link = gatewayLink(gatewaySecret);
    // Signed origins live a minute: each request gets a fresh one, as from the gateway.
    const operatorOrigin = () =>
      link.sign({
        viewer: { userId: stableId('user:staff:operator'), companyId: null, role: 'OPERATOR' },
        ip: '127.0.0.1',
        userAgent: 'bench',
        requestId: 'bench',
      });
    let keys = 0;
    const postMany = (accountIds) =>
      graphql(
        writer.url,
        'mutation ($inputs: [PostLedgerEntryInput!]!) { postLedgerEntries(inputs: $inputs) { sequence } }',
        {
          inputs: accountIds.map((accountId) => ({
            accountId,
            kind: 'PAYMENT',
            amount: '1.00',
            description: 'bench',
            idempotencyKey: `bench-${++keys}-${Date.now()}`,
          })),
        },
        { 'x-kabinet-gateway': link.credential, 'x-kabinet-origin': operatorOrigin() },
      ).then((d) => d.postLedgerEntries.map((r) => r.sequence));
    const post = (accountId) => postMany([accountId]).then(([sequence]) => sequence);

    // 1. 10,000 subscriptions: socket i watches accounts 10i … 10i+9 (mod 1,000), so every account has 10.
    const received = new Map(); // accountId -> [{ sequence, at }] as seen by the account's recording subscriber
    let deliveries = 0; // to every subscriber
    /** Subscribes `client` to one account's balance changes; a `recording` subscriber keeps what it saw. */
    const watch = (client, accountId, recording) =>
      client.subscribe(
        { query: WATCH, variables: { ids: [accountId] } },
        {
          next: ({ data }) => {
            deliveries++;
            if (!recording) return;
            const list = received.get(accountId) ?? [];
            list.push({ sequence: data.balanceChanged.sequence, at: performance.now() });
            received.set(accountId, list);
          },
          error: (e) => console.error('subscription error', e),
          complete: () => {},
        },
      );
    for (let i = 0; i < SOCKETS; i++) {
      const client = await openSocket(gateway, token);
      sockets.push(client);
      for (let k = 0; k < PER_SOCKET; k++) {
        watch(client, accounts[(i * PER_SOCKET + k) % ACCOUNTS], false);
      }
    }
    await sleep(3000);
    console.log(
      `${SOCKETS * PER_SOCKET} subscriptions on ${SOCKETS} sockets: gateway RSS ${system.rssMiB('gateway/dist/main.js').toFixed(0)} MiB`,
    );

    // 2. Fan-out: 1,000 more subscribers on one hot account.
    const hot = accounts[0];
    const hotSeen = [];
    for (const client of sockets) {
      client.subscribe(
        { query: WATCH, variables: { ids: [hot] } },
        { next: () => hotSeen.push(performance.now()), error: () => {}, complete: () => {} },
      );
    }
    await sleep(2000);
    const fanOut = [];
    for (let round = 0; round < 20; round++) {
      hotSeen.length = 0;
      const sent = performance.now();
      await post(hot);
      const deadline = Date.now() + 5000;
      while (hotSeen.length < SOCKETS && Date.now() < deadline) await sleep(5);
      fanOut.push(...hotSeen.map((t) => t - sent));
      if (process.env.BENCH_DEBUG)
        console.log(
          `  round ${round}: first ${(hotSeen[0] - sent).toFixed(1)} ms, median ${(hotSeen[Math.floor(hotSeen.length / 2)] - sent).toFixed(1)} ms, last ${(hotSeen.at(-1) - sent).toFixed(1)} ms`,
        );
      if (hotSeen.length < SOCKETS)
        console.log(`  round ${round}: only ${hotSeen.length} of ${SOCKETS} received`);
    }
    fanOut.sort((a, b) => a - b);
    console.log(
      `fan-out, 1 change to ${SOCKETS} subscribers of one account (x20): p50 ${ms(percentile(fanOut, 50))}, ` +
        `p99 ${ms(percentile(fanOut, 99))}, max ${ms(fanOut.at(-1))} from posting to receipt; ` +
        `gateway RSS ${system.rssMiB('gateway/dist/main.js').toFixed(0)} MiB`,
    );

    // Watches billing directly (as the gateway does), to tell the subgraph's delay from the gateway's.
    const direct = new Map();
    const directClient = createClient({
      url: billingUrl.replace(/^http/, 'ws'),
      webSocketImpl: class extends WebSocket {
        constructor(address, protocols) {
          super(address, protocols, { headers: { 'x-kabinet-gateway': link.credential } });
        }
      },
      retryAttempts: 0,
    });
    cleanup.push(() => directClient.dispose());
    directClient.subscribe(
      {
        query:
          'subscription { balanceChanged(companyWide: true, companyId: "' +
          stableId('company:demo') +
          '") { sequence account { id } } }',
        extensions: { origin: operatorOrigin() },
      },
      {
        next: ({ data }) =>
          direct.set(`${data.balanceChanged.account.id}:${data.balanceChanged.sequence}`, performance.now()),
        error: (e) => console.error(e),
        complete: () => {},
      },
    );
    await sleep(500);

    // 3. Sustained load: 1,000 accounts in 10 companies (the demo company's first 100 and 9 more), each
    //    watched by 10 of its company's sockets, 100 sockets per company.
    //    Phase 1 subscribers keep watching (and count deliveries); one new subscriber per account records.
    const loadAccounts = [];
    for (let c = 0; c < LOAD_COMPANIES; c++) {
      const companyToken = await login(gateway, c === 0 ? 'demo-admin' : `bulk-${c}-admin`);
      const ids = (await accountIds(gateway, companyToken)).slice(0, ACCOUNTS / LOAD_COMPANIES);
      loadAccounts.push(...ids);
      for (let j = 0; j < SOCKETS / LOAD_COMPANIES; j++) {
        const client = await openSocket(gateway, companyToken);
        sockets.push(client);
        for (let k = 0; k < PER_SOCKET; k++)
          watch(client, ids[(j * PER_SOCKET + k) % ids.length], j < ids.length / PER_SOCKET);
      }
    }
    await sleep(3000);
    const committedAt = new Map(); // when the posting's response arrived: the change is committed by then
    const sentAt = new Map(); // `${account}:${sequence}` -> time posted
    const postedSeqs = new Map(); // account -> sequences posted
    const total = SUSTAINED_RATE * (WARMUP_SECONDS + SUSTAINED_SECONDS);
    const cpu = () => ({
      ...system.cpuSeconds(),
      'billing (writer)': processCpuSeconds(writer.pid),
      'load generator': process.cpuUsage().user / 1e6 + process.cpuUsage().system / 1e6,
    });
    const cpuBefore = cpu();
    deliveries = 0;
    const started = performance.now();
    let inFlight = 0;
    let failures = 0;
    let firstFailure = null;
    // Changes are posted as the operator's billing posts them: in registries of BATCH entries per call.
    for (let n = 0; n < total; n += BATCH) {
      const due = started + (n * 1000) / SUSTAINED_RATE;
      const wait = due - performance.now();
      // Always yield, even when behind schedule: the same process receives the events being timed.
      await (wait > 1 ? sleep(wait) : new Promise(setImmediate));
      const batch = Array.from(
        { length: Math.min(BATCH, total - n) },
        (_, k) => loadAccounts[(n + k) % loadAccounts.length],
      );
      const at = performance.now();
      inFlight++;
      postMany(batch)
        .then((sequences) => {
          const now = performance.now();
          sequences.forEach((sequence, k) => {
            const accountId = batch[k];
            sentAt.set(`${accountId}:${sequence}`, at);
            committedAt.set(`${accountId}:${sequence}`, now);
            postedSeqs.set(accountId, [...(postedSeqs.get(accountId) ?? []), sequence]);
          });
        })
        .catch((error) => {
          failures += batch.length;
          firstFailure ??= error;
        })
        .finally(() => inFlight--);
    }
    while (inFlight > 0) await sleep(20);
    const postSeconds = (performance.now() - started) / 1000;
    const cpuDuring = cpuShare(cpuBefore, cpu(), postSeconds);
    if (firstFailure) console.log(`  first failed post: ${firstFailure.message}`);
    await sleep(3000);
    let lost = 0;
    let duplicated = 0;
    const latencies = [];
    const afterCommit = [];
    const warmUp = { afterCommit: [] };
    const measuredFrom = started + WARMUP_SECONDS * 1000;
    for (const [accountId, sequences] of postedSeqs) {
      const seen = (received.get(accountId) ?? []).filter((r) => sentAt.has(`${accountId}:${r.sequence}`));
      const seenSeqs = seen.map((r) => r.sequence);
      duplicated += seenSeqs.length - new Set(seenSeqs).size;
      lost += sequences.filter((s) => !seenSeqs.includes(s)).length;
      for (const r of seen) {
        const key = `${accountId}:${r.sequence}`;
        const measured = sentAt.get(key) >= measuredFrom;
        if (measured) latencies.push(r.at - sentAt.get(key));
        (measured ? afterCommit : warmUp.afterCommit).push(Math.max(0, r.at - committedAt.get(key)));
      }
    }
    const directLatencies = [];
    for (const [key, at] of sentAt) {
      const seen = direct.get(key);
      if (seen) directLatencies.push(seen - at);
    }
    directLatencies.sort((a, b) => a - b);
    console.log(
      `  billing's own delivery to a direct subscriber (demo company): p50 ${ms(percentile(directLatencies, 50))}, p99 ${ms(percentile(directLatencies, 99))}`,
    );
    if (process.env.BENCH_DEBUG) {
      const bySecond = new Map();
      for (const [key, at] of committedAt) {
        const [accountId, sequence] = key.split(':');
        const r = (received.get(accountId) ?? []).find((x) => String(x.sequence) === sequence);
        if (!r) continue;
        const sec = Math.floor((sentAt.get(key) - started) / 1000);
        bySecond.set(sec, [...(bySecond.get(sec) ?? []), r.at - at]);
      }
      for (const [sec, list] of [...bySecond].sort((a, b) => a[0] - b[0])) {
        list.sort((a, b) => a - b);
        console.log(
          `  second ${sec}: p50 ${ms(percentile(list, 50))} p99 ${ms(percentile(list, 99))} max ${ms(list.at(-1))}`,
        );
      }
    }
    latencies.sort((a, b) => a - b);
    afterCommit.sort((a, b) => a - b);
    console.log(
      `sustained: ${total} changes in ${postSeconds.toFixed(1)} s (${(total / postSeconds).toFixed(0)}/s committed, target ${SUSTAINED_RATE}/s, ${BATCH} per call, ${failures} failed), ` +
        `${deliveries} deliveries; lost ${lost}, duplicated ${duplicated}; ` +
        `latency from posting p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}; ` +
        `from commit (response) p50 ${ms(percentile(afterCommit, 50))}, p99 ${ms(percentile(afterCommit, 99))}`,
    );
    warmUp.afterCommit.sort((a, b) => a - b);
    console.log(
      `  the ${WARMUP_SECONDS} s of warm-up before (not in the figures above): from commit p50 ${ms(percentile(warmUp.afterCommit, 50))}, p99 ${ms(percentile(warmUp.afterCommit, 99))}`,
    );
    console.log(`  CPU while posting (100% = one core): ${cpuDuring}`);
  } finally {
    await Promise.all([...sockets.map((c) => c.dispose()), ...cleanup.map((stop) => stop())]);
    await system.stop();
    bench.remove();
  }
}

async function openSocket(gateway, token) {
  let connected;
  const ready = new Promise((resolve) => {
    connected = resolve;
  });
  const client = createClient({
    url: gateway.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${token}` },
    retryAttempts: 0,
    lazy: false,
    on: { connected },
  });
  await ready;
  return client;
}

async function startBillingInstance(bench, gatewaySecret) {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [
      ...(process.env.BENCH_WRITER_ARGS?.split(' ').filter(Boolean) ?? []),
      join(root, 'subgraphs/billing/dist/index.js'),
    ],
    {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`,
        GATEWAY_SECRET: gatewaySecret,
        ACQUIRER_WEBHOOK_SECRET: bench.secrets().acquirerWebhookSecret,
        DOCUMENT_SIGNING_KEY: bench.secrets().documentSigningKey,
        DOCUMENT_KEY_ID: bench.secrets().documentKeyId,
        LOG_LEVEL: 'warn',
      },
      stdio: 'inherit',
    },
  );
  const url = `http://127.0.0.1:${port}/graphql`;
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(url.replace('/graphql', '/ready')).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await sleep(100);
  }
  return { url, pid: child.pid, stop: () => child.kill('SIGTERM') };
}

async function accountIds(gateway, token) {
  const ids = [];
  let after = null;
  do {
    const data = await graphql(
      gateway,
      'query ($after: String) { me { company { personalAccounts(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } } } }',
      { after },
      { authorization: `Bearer ${token}` },
    );
    const page = data.me.company.personalAccounts;
    ids.push(...page.edges.map((e) => e.node.id));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return ids;
}
