// How the gateway lives with subgraphs that go down, hang or fail once: the rest of the answer still comes,
// with SUBGRAPH_UNAVAILABLE naming the subgraph; a hanging one is cut off by the timeout and then failed fast
// by its circuit until a probe finds it back; a query is retried after a failed attempt, a mutation never.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { composeServices } from '@apollo/composition';
import type { Service } from '@kabinet/kit/core';
import { eventually, postGraphQL as post, testLog } from '@kabinet/kit/testing';
import { parse } from 'graphql';
import { createGateway } from '../src/server';

type Behaviour = 'answer' | 'hang' | 'fail-once' | 'down';

/** A subgraph of one field `<name>: Int` (and a mutation `bump<Name>`), behaving as told. */
class FakeSubgraph {
  behaviour: Behaviour = 'answer';
  hits = 0;
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
        this.hits++;
        if (this.behaviour === 'hang') return void this.held.push(res);
        if (this.behaviour === 'fail-once' && !this.failed) {
          this.failed = true;
          return void res.writeHead(503).end();
        }
        const mutation = (JSON.parse(body).query as string).startsWith('mutation');
        const field = mutation ? `bump${this.name[0].toUpperCase()}${this.name.slice(1)}` : this.name;
        res
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ data: { [field]: 1 } }));
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

/** The answer's body, without the HTTP status the kit's helper adds. */
const postGraphQL = async (url: string, query: string) => {
  const { status: _status, ...body } = await post(url, query);
  return body;
};

describe('a gateway over subgraphs that fail', () => {
  const steady = new FakeSubgraph('steady');
  const flaky = new FakeSubgraph('flaky');
  let gateway: Service;
  let url: string;

  beforeAll(async () => {
    await steady.start();
    await flaky.start();
    const composed = composeServices(
      [steady, flaky].map((s) => ({
        name: s.name,
        url: `http://127.0.0.1:${s.port}/graphql`,
        typeDefs: s.typeDefs,
      })),
    );
    gateway = await createGateway({
      supergraphSdl: composed.supergraphSdl as string,
      gatewaySecret: 'gateway-secret-for-this-test',
      verificationKeys: {},
      log: testLog,
      upstream: { timeoutMs: 300, retries: 2, retryBackoffMs: 5, breaker: { failures: 3, openMs: 400 } },
    });
    url = `${await gateway.listen(0)}`;
  });
  afterAll(async () => {
    await gateway?.close();
    await steady.stop();
    await flaky.stop();
  });
  beforeEach(() => {
    flaky.behaviour = 'answer';
  });

  const unavailable = {
    message: 'The flaky subgraph is unavailable',
    path: ['flaky'],
    extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'flaky', serviceName: 'flaky' },
  };

  it('answers with the other subgraphs when one is down, and in full once it is back, without a restart', async () => {
    expect(await postGraphQL(url, '{ steady flaky }')).toEqual({ data: { steady: 1, flaky: 1 } });
    await flaky.stop();
    const partial = await postGraphQL(url, '{ steady flaky }');
    expect(partial).toEqual({ data: { steady: 1, flaky: null }, errors: [unavailable] });
    await flaky.start();
    await eventually(
      async () => (await postGraphQL(url, '{ steady flaky }')).data?.flaky === 1,
      'the subgraph answering again',
    );
  });

  it('cuts off a hanging subgraph, fails fast while its circuit is open, and finds it back', async () => {
    flaky.behaviour = 'hang';
    const before = flaky.hits;
    // Three attempts (the first and two retries) time out: three failures in a row open the circuit.
    expect(await postGraphQL(url, '{ steady flaky }')).toEqual({
      data: { steady: 1, flaky: null },
      errors: [unavailable],
    });
    expect(flaky.hits - before).toBe(3);
    // Open: the subgraph is not even asked.
    expect((await postGraphQL(url, '{ flaky }')).errors?.[0].extensions?.code).toBe('SUBGRAPH_UNAVAILABLE');
    expect(flaky.hits - before).toBe(3);
    flaky.release();
    flaky.behaviour = 'answer';
    // After the open time one probe goes; it succeeds and closes the circuit.
    await eventually(async () => (await postGraphQL(url, '{ flaky }')).data?.flaky === 1, 'the probe');
    expect((await postGraphQL(url, '{ steady flaky }')).data).toEqual({ steady: 1, flaky: 1 });
  });

  it('retries a query that failed to reach the subgraph, and never a mutation', async () => {
    flaky.failNext();
    let before = flaky.hits;
    expect(await postGraphQL(url, '{ flaky }')).toEqual({ data: { flaky: 1 } });
    expect(flaky.hits - before).toBe(2);

    flaky.failNext();
    before = flaky.hits;
    const mutation = await postGraphQL(url, 'mutation { bumpFlaky }');
    expect(mutation.errors?.[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      subgraph: 'flaky',
    });
    expect(flaky.hits - before).toBe(1);
  });
});
