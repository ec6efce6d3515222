// Plain @apollo/gateway in its default setup (Apollo Server's standalone server), as its users run it.
// `node apollo.mjs <port> <supergraph file> [Kabinet secrets file]`; prints "ready". With the secrets file it
// authenticates to Kabinet's subgraphs as Kabinet's gateway does (kabinet-auth.mjs).
import { readFileSync } from 'node:fs';
import { require } from '../lib.mjs';
import { kabinetAuth } from './kabinet-auth.mjs';

const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const [port, supergraphPath, secretsPath] = process.argv.slice(2);
const auth = secretsPath ? kabinetAuth(secretsPath) : null;
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  ...(auth && {
    buildService: ({ url }) =>
      new RemoteGraphQLDataSource({
        url,
        willSendRequest({ request, context }) {
          for (const [name, value] of Object.entries(context.subgraphHeaders))
            request.http.headers.set(name, value);
        },
      }),
  }),
});
const server = new ApolloServer({ gateway });
await startStandaloneServer(server, {
  listen: { port: Number(port), host: '127.0.0.1' },
  context: async ({ req }) => (auth ? { subgraphHeaders: await auth(req.headers.authorization) } : {}),
});
console.log('ready');
