// Plain @apollo/gateway in its default setup (Apollo Server's standalone server), as its users run it.
// `node apollo.mjs <port> <supergraph file>`; prints "ready".
import { readFileSync } from 'node:fs';
import { require } from '../lib.mjs';

const { ApolloGateway } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const [port, supergraphPath] = process.argv.slice(2);
const server = new ApolloServer({
  gateway: new ApolloGateway({ supergraphSdl: readFileSync(supergraphPath, 'utf8') }),
});
await startStandaloneServer(server, { listen: { port: Number(port), host: '127.0.0.1' } });
console.log('ready');
