// Sign-in cost: logins per second through the gateway (argon2id m=19 MiB, t=2, p=1 — identity's parameters),
// and what verifying an access token costs the gateway per request (Ed25519 JWT, in process).
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { benchSystem, login, ms, percentile, require, root } from './lib.mjs';

const { createTokenSigner, createTokenVerifier } = require(join(root, 'subgraphs/kit/dist/core/tokens.js'));
const { gatewayLink, REVOKED_SESSIONS_PATH } = require(join(root, 'subgraphs/kit/dist/core/index.js'));

export async function run() {
  await tokenVerification();
  const bench = await benchSystem();
  const system = await bench.launch();
  try {
    for (let i = 0; i < 5; i++) await login(bench.gatewayUrl, 'demo-admin');
    const latencies = [];
    for (let i = 0; i < 50; i++) {
      const t = performance.now();
      await login(bench.gatewayUrl, 'demo-admin');
      latencies.push(performance.now() - t);
    }
    latencies.sort((a, b) => a - b);
    console.log(
      `login, sequential x50: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))}`,
    );
    // At most 5 attempts for one login name are ever in flight (each counts as failed until its password is
    // found right), so more concurrent sign-ins of one user are refused by design: 2 and 4.
    for (const concurrency of [2, 4]) {
      const total = 200;
      let next = 0;
      const t = performance.now();
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next++ < total) await login(bench.gatewayUrl, 'demo-admin');
        }),
      );
      console.log(
        `logins at concurrency ${concurrency}: ${(total / ((performance.now() - t) / 1000)).toFixed(0)}/s (argon2id m=19456 KiB, t=2, p=1)`,
      );
    }
    await revocationList(bench);
  } finally {
    await system.stop();
    bench.remove();
  }
}

/**
 * What cutting off ended sessions costs: the list identity serves the gateways every REVOCATION_POLL_MS, with
 * 10,000 sessions ended within one token lifetime (a mass block), and the gateway's check per request.
 */
async function revocationList(bench) {
  const { Client } = require(join(root, 'node_modules/pg'));
  const db = new Client(`postgres://postgres:postgres@127.0.0.1:${bench.ports.PG_PORT}/kabinet`);
  await db.connect();
  await db.query(
    `INSERT INTO identity.sessions (id, user_id, expires_at, revoked_at, revoked_reason)
     SELECT gen_random_uuid(), (SELECT id FROM identity.users WHERE login = 'demo-admin'), now() + interval '30 days',
            now() - random() * interval '10 minutes', 'BENCH'
     FROM generate_series(1, 10000)`,
  );
  await db.end();
  const { gatewaySecret } = bench.secrets();
  const link = gatewayLink(gatewaySecret);
  const url = `http://127.0.0.1:${bench.ports.SUBGRAPH_PORT_BASE}${REVOKED_SESSIONS_PATH}`;
  const fetchList = async () => {
    const response = await fetch(url, {
      headers: {
        'x-kabinet-gateway': link.credential,
        'x-kabinet-origin': link.sign({ viewer: null, ip: null, userAgent: 'bench', requestId: 'bench' }),
      },
    });
    return (await response.json()).sessions;
  };
  for (let i = 0; i < 3; i++) await fetchList();
  const latencies = [];
  let size = 0;
  for (let i = 0; i < 30; i++) {
    const t = performance.now();
    size = (await fetchList()).length;
    latencies.push(performance.now() - t);
  }
  latencies.sort((a, b) => a - b);
  console.log(
    `revoked-session list with ${size} sessions: p50 ${ms(percentile(latencies, 50))}, p99 ${ms(percentile(latencies, 99))} per fetch (one per gateway every 2 s)`,
  );
  const revoked = new Set(await fetchList());
  const probe = [...revoked].slice(0, 1000);
  const t = performance.now();
  let hits = 0;
  for (let round = 0; round < 1000; round++) for (const id of probe) if (revoked.has(id)) hits++;
  console.log(
    `gateway check per request: ${(((performance.now() - t) * 1e6) / (1000 * probe.length)).toFixed(0)} ns (${hits} lookups)`,
  );
}

async function tokenVerification() {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const sign = createTokenSigner({
    privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }),
    keyId: 'k1',
    ttlSeconds: 900,
  });
  const verify = createTokenVerifier({ k1: publicKey.export({ type: 'spki', format: 'pem' }) });
  const { token } = await sign({
    userId: '6f1c1d53-5a1e-4c3b-9a55-0d8c1f0b7a11',
    companyId: '0b8a7c4e-2f51-4d7e-8a0b-6c1e2d3f4a5b',
    role: 'ADMIN',
    sessionId: '9d2e4f60-1a2b-4c3d-8e9f-0a1b2c3d4e5f',
  });
  // First sight of each token: the signature and claims are checked. Then the same token again, as a
  // client sends it with every request until it expires: answered from the verified-token cache.
  const fresh = await Promise.all(
    Array.from({ length: 5000 }, (_, i) =>
      sign({
        userId: `6f1c1d53-5a1e-4c3b-9a55-${String(i).padStart(12, '0')}`,
        companyId: null,
        role: 'OPERATOR',
      }),
    ),
  );
  let t = performance.now();
  for (const issued of fresh) await verify(issued.token);
  const first = ((performance.now() - t) * 1000) / fresh.length;
  await verify(token);
  const rounds = 100_000;
  t = performance.now();
  for (let i = 0; i < rounds; i++) await verify(token);
  const repeat = ((performance.now() - t) * 1000) / rounds;
  console.log(
    `access token verification at the gateway (Ed25519 JWT): ${first.toFixed(1)} µs the first time a token is seen, ` +
      `${repeat.toFixed(2)} µs for each later request with it`,
  );
}
