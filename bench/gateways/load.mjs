// A closed-loop load generator: `concurrency` clients over keep-alive connections, each sending the next request
// as soon as its answer is read, for `seconds`. Every answer must be HTTP 200 with the expected body length.
import { require } from '../lib.mjs';

const { Pool } = require('undici');

export async function load({ url, body, headers = {}, concurrency, seconds, expectedLength }) {
  const target = new URL(url);
  const pool = new Pool(target.origin, { connections: concurrency, pipelining: 1 });
  const latencies = [];
  let failures = 0;
  const until = performance.now() + seconds * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        const t = performance.now();
        const answer = await pool.request({
          method: 'POST',
          path: target.pathname,
          headers: { 'content-type': 'application/json', ...headers },
          body,
        });
        const text = await answer.body.text();
        latencies.push(performance.now() - t);
        if (answer.statusCode !== 200 || (expectedLength && text.length !== expectedLength)) failures++;
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;
  await pool.close();
  latencies.sort((a, b) => a - b);
  const at = (p) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))];
  return { requests: latencies.length, rps: latencies.length / elapsed, p50: at(50), p99: at(99), failures };
}
