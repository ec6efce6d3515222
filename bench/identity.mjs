// Sign-in cost: logins per second through the gateway (argon2id m=19 MiB, t=2, p=1 — identity's parameters),
// and what verifying an access token costs the gateway per request (Ed25519 JWT, in process).
import { generateKeyPairSync } from 'node:crypto';
import { join } from 'node:path';
import { benchSystem, login, ms, percentile, require, root } from './lib.mjs';

const { createTokenSigner, createTokenVerifier } = require(join(root, 'subgraphs/kit/dist/core/tokens.js'));

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
    for (const concurrency of [2, 8]) {
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
  } finally {
    await system.stop();
    bench.remove();
  }
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
