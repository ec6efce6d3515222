// @graphql-hive/gateway's runtime on Node's HTTP server, with its deduplication off both ways (incoming
// requests, and fetches to subgraphs, which it merges by default): like for like, every request executed.
// `node hive.mjs <port> <supergraph file> [Kabinet secrets file]`; prints "ready". With the secrets file it
// authenticates to Kabinet's subgraphs as Kabinet's gateway does (kabinet-auth.mjs).
import { createServer } from 'node:http';
import { require } from '../lib.mjs';
import { kabinetAuth } from './kabinet-auth.mjs';

const { createGatewayRuntime } = require('@graphql-hive/gateway');

const [port, supergraph, secretsPath] = process.argv.slice(2);
const auth = secretsPath ? kabinetAuth(secretsPath) : null;
/** One set of signed headers per client request, for all its subgraph calls. */
const signed = new WeakMap();
const runtime = createGatewayRuntime({
  supergraph,
  logging: 'error',
  inboundInflightRequestDeduplication: false,
  transportEntries: { '*.http': { options: { deduplicateInflightRequests: false } } },
  ...(auth && {
    propagateHeaders: {
      fromClientToSubgraphs: ({ request }) => {
        if (!signed.has(request)) signed.set(request, auth(request.headers.get('authorization')));
        return signed.get(request);
      },
    },
  }),
});
const server = createServer(runtime);
server.keepAliveTimeout = 60_000;
await new Promise((resolve) => server.listen(Number(port), '127.0.0.1', resolve));
console.log('ready');
