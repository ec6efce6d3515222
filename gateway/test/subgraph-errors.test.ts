// What the client sees when a subgraph refuses a request outright (an HTTP error instead of a GraphQL answer).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import type { Service } from '@kabinet/kit/core';
import { postGraphQL, testLog } from '@kabinet/kit/testing';
import { parse } from 'graphql';
import { createGateway } from '../src/server';

/** Answers at each path as a subgraph might: refusing the gateway, refusing a request, or crashing. */
const ANSWERS: Record<string, [number, unknown]> = {
  '/forbidden': [
    403,
    {
      errors: [
        { message: 'Subgraphs accept requests only from the gateway', extensions: { code: 'FORBIDDEN' } },
      ],
    },
  ],
  '/refused': [
    400,
    {
      errors: [
        {
          message: 'Variable "$q" got invalid value "x"; nope',
          extensions: { code: 'BAD_USER_INPUT', fields: [{ field: 'q', message: 'nope' }] },
        },
      ],
    },
  ],
  '/crashed': [500, { errors: [{ message: 'TypeError: x is undefined at /srv/app.js:1' }] }],
};

describe('a subgraph answering with an HTTP error', () => {
  let upstream: Server;
  let gateway: Service;
  let url: string;
  beforeAll(async () => {
    upstream = createServer((req, res) => {
      const [status, body] = ANSWERS[req.url ?? ''] ?? [404, {}];
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const composed = composeServices(
      Object.keys(ANSWERS).map((path) => ({
        name: path.slice(1),
        url: `${base}${path}`,
        typeDefs: parse(`type Query { ${path.slice(1)}: Int }`),
      })),
    );
    gateway = await createGateway({
      supergraphSdl: composed.supergraphSdl as string,
      gatewaySecret: 'gateway-secret-for-this-test',
      verificationKeys: {},
      log: testLog,
    });
    url = `${await gateway.listen(0)}`;
  });
  afterAll(async () => {
    await gateway?.close();
    upstream?.close();
  });

  it.each(['forbidden', 'refused', 'crashed'])(
    'masks a %s subgraph as an internal error, naming nothing inside',
    async (field) => {
      const result = await postGraphQL(url, `{ ${field} }`);
      expect(result.errors).toEqual([
        { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ]);
      expect(JSON.stringify(result)).not.toMatch(/127\.0\.0\.1|srv|Subgraphs accept|nope/);
    },
  );
});
