// @graphql-hive/gateway's runtime on Node's HTTP server, with its deduplication off both ways (incoming
// requests, and fetches to subgraphs, which it merges by default): like for like, every request executed.
// `node hive.mjs <port> <supergraph file> [dedup]`; prints "ready".
import { createServer } from 'node:http';
import { require } from '../lib.mjs';

const { createGatewayRuntime } = require('@graphql-hive/gateway');

const [port, supergraph, dedup] = process.argv.slice(2);
const runtime = createGatewayRuntime({
  supergraph,
  logging: 'error',
  inboundInflightRequestDeduplication: dedup === 'dedup',
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: dedup === 'dedup' } } },
});
const server = createServer(runtime);
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(Number(port), '127.0.0.1', resolve));
console.log('ready');
