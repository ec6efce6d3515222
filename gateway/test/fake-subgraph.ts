// A subgraph of one field, on a real HTTP server, told how to behave: for tests of the gateway's own rules.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { testLog } from '@kabinet/kit/testing';
import { graphql, parse } from 'graphql';
import { createGateway, type Gateway, type GatewayOptions } from '../src/server';

type Behaviour = 'answer' | 'hang' | 'fail-once' | 'down' | 'slow';

/** How long a 'slow' subgraph takes to answer. */
export const SLOW_MS = 700;

/** A subgraph of one field `<name>: Int` (and a mutation `bump<Name>`), behaving as told. */
export class FakeSubgraph {
  behaviour: Behaviour = 'answer';
  hits = 0;
  /** Headers it answers with besides the content type. */
  answerHeaders: Record<string, string | string[]> = {};
  /** The headers of the last GraphQL request. */
  lastHeaders: IncomingMessage['headers'] = {};
  private failed = false;
  private server: Server;
  private held: ServerResponse[] = [];
  port = 0;

  constructor(readonly name: string) {
    this.server = this.create();
  }

  private create() {
    return createServer((req: IncomingMessage, res: ServerResponse) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', () => {
        if (req.url === '/ready') {
          return void res.writeHead(this.behaviour === 'down' ? 503 : 200).end('{}');
        }
        this.hits++;
        this.lastHeaders = req.headers;
        if (this.behaviour === 'hang') return void this.held.push(res);
        if (this.behaviour === 'fail-once' && !this.failed) {
          this.failed = true;
          return void res.writeHead(503).end();
        }
        const mutation = (JSON.parse(body).query as string).startsWith('mutation');
        const field = mutation ? `bump${this.name[0].toUpperCase()}${this.name.slice(1)}` : this.name;
        const answer = () =>
          res
            .writeHead(200, { 'content-type': 'application/json', ...this.answerHeaders })
            .end(JSON.stringify({ data: { [field]: 1 } }));
        if (this.behaviour === 'slow') setTimeout(answer, SLOW_MS);
        else answer();
      });
    });
  }

  async start() {
    await new Promise<void>((resolve) => this.server.listen(this.port, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  async stop() {
    for (const res of this.held.splice(0)) res.destroy();
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server.close(resolve));
    this.server = this.create();
  }

  /** The next request fails (HTTP 503), the ones after it are answered. */
  failNext() {
    this.behaviour = 'fail-once';
    this.failed = false;
  }

  release() {
    for (const res of this.held.splice(0)) res.destroy();
  }

  get typeDefs() {
    const bump = `bump${this.name[0].toUpperCase()}${this.name.slice(1)}`;
    return parse(`type Query { ${this.name}: Int } type Mutation { ${bump}: Int }`);
  }
}

/** The supergraph of some fake subgraphs, each at `/graphql` on its port. */
export function supergraphOf(...subgraphs: FakeSubgraph[]): string {
  const composed = composeServices(
    subgraphs.map((s) => ({ name: s.name, url: `http://127.0.0.1:${s.port}/graphql`, typeDefs: s.typeDefs })),
  );
  if (!composed.supergraphSdl) throw new Error(`composition failed: ${composed.errors?.join('; ')}`);
  return composed.supergraphSdl;
}

/** A gateway over a supergraph, as tests start it (the test secret, no token keys), listening on a free port. */
export async function testGateway(
  supergraphSdl: string,
  options: Partial<GatewayOptions> = {},
): Promise<{ gateway: Gateway; url: string }> {
  const gateway = await createGateway({
    supergraphSdl,
    gatewaySecret: TEST_GATEWAY_SECRET,
    verificationKeys: {},
    log: testLog,
    ...options,
  });
  return { gateway, url: `${await gateway.listen(0)}` };
}

export const TEST_GATEWAY_SECRET = 'gateway-secret-for-this-test';

/** A subgraph of a test's own: its SDL (Federation 2) and resolvers. */
export type SubgraphDefinitions = Record<string, { typeDefs: string; resolvers: Record<string, unknown> }>;

/**
 * Real subgraphs on real HTTP servers — graphql-js over each federated schema — and their composed supergraph.
 * `observe` sees the variables of every request (to count representations, say).
 */
export async function serveSubgraphs(
  definitions: SubgraphDefinitions,
  observe: (variables: Record<string, unknown> | undefined) => void = () => {},
): Promise<{ supergraphSdl: string; close(): void }> {
  const servers: Server[] = [];
  const services = [];
  for (const [name, { typeDefs, resolvers }] of Object.entries(definitions)) {
    const schema = buildSubgraphSchema([{ typeDefs: parse(typeDefs), resolvers: resolvers as never }]);
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (chunk) => {
        body += chunk;
      });
      req.on('end', async () => {
        const { query, variables, operationName } = JSON.parse(body);
        observe(variables);
        const result = await graphql({ schema, source: query, variableValues: variables, operationName });
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    const { port } = server.address() as AddressInfo;
    services.push({ name, url: `http://127.0.0.1:${port}/graphql`, typeDefs: parse(typeDefs) });
  }
  const composed = composeServices(services);
  if (!composed.supergraphSdl) throw new Error(composed.errors?.map((e) => e.message).join('\n'));
  return {
    supergraphSdl: composed.supergraphSdl,
    close: () => {
      for (const server of servers) server.close();
    },
  };
}
