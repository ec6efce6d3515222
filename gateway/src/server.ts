import { createServer as createHttpServer } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import {
  createTokenVerifier,
  type Logger,
  listen,
  maskError,
  type Service,
  type VerificationKeys,
} from '@kabinet/kit/core';
import express from 'express';
import { contextFor, type GatewayContext } from './context';
import { SubgraphSource } from './subgraph-source';

export interface GatewayOptions {
  supergraphSdl: string;
  /** Overrides of the subgraph URLs recorded in the supergraph, by subgraph name. */
  subgraphUrls?: Record<string, string>;
  gatewaySecret?: string;
  verificationKeys: VerificationKeys;
  log: Logger;
}

/** The gateway's HTTP server: /graphql (Apollo Gateway over the static supergraph) and /health. */
export async function createGateway(options: GatewayOptions): Promise<Service> {
  const { log } = options;
  const verify = createTokenVerifier(options.verificationKeys);
  const gateway = new ApolloGateway({
    supergraphSdl: options.supergraphSdl,
    buildService: ({ name, url }) =>
      new SubgraphSource(options.subgraphUrls?.[name] ?? (url as string), options.gatewaySecret),
  });

  const app = express();
  const httpServer = createHttpServer(app);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) =>
      maskError(formatted, () => log.error({ err: error, path: formatted.path }, 'internal error')),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get('/health', (_req, res) => {
    res.json({ status: 'ok', service: 'gateway' });
  });
  app.use(
    '/graphql',
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, { context: ({ req }) => contextFor(req, verify) }),
  );

  return {
    httpServer,
    listen: (port, host = '127.0.0.1') => listen(httpServer, port, host),
    close: () => apollo.stop(),
  };
}
