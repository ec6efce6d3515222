// Hot reload in process: a new supergraph is served at once, requests keep being answered while it swaps,
// and a supergraph that cannot be served is refused with the old one kept.
import { postGraphQL } from '@kabinet/kit/testing';
import type { Gateway } from '../src/server';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

describe('a gateway swapping its supergraph while serving', () => {
  const steady = new FakeSubgraph('steady');
  const extra = new FakeSubgraph('extra');
  let gateway: Gateway;
  let url: string;

  beforeAll(async () => {
    await steady.start();
    await extra.start();
    ({ gateway, url } = await testGateway(supergraphOf(steady)));
  });
  afterAll(async () => {
    await gateway?.close();
    await steady.stop();
    await extra.stop();
  });

  it('serves a new subgraph’s fields as soon as the supergraph has them, without a restart', async () => {
    expect((await postGraphQL(url, '{ extra }')).errors?.[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );
    gateway.reload(supergraphOf(steady, extra));
    expect((await postGraphQL(url, '{ steady extra }')).data).toEqual({ steady: 1, extra: 1 });
  });

  it('answers every request while it reloads again and again under load', async () => {
    const graphs = [supergraphOf(steady), supergraphOf(steady, extra)];
    let running = true;
    const answers: unknown[] = [];
    const client = async () => {
      while (running) answers.push(await postGraphQL(url, '{ steady }'));
    };
    const clients = Array.from({ length: 4 }, client);
    // Swaps between requests until 100 answers are in, however fast this machine answers them.
    let reloads = 0;
    while (answers.length < 100) {
      gateway.reload(graphs[reloads++ % 2]);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    running = false;
    await Promise.all(clients);
    expect(reloads).toBeGreaterThan(1);
    expect(answers.filter((a) => JSON.stringify(a) !== '{"status":200,"data":{"steady":1}}')).toEqual([]);
  });

  it('refuses a supergraph it cannot serve and keeps the one it serves', async () => {
    gateway.reload(supergraphOf(steady, extra));
    expect(() => gateway.reload('this is not a supergraph')).toThrow();
    expect(() => gateway.reload('type Query { plain: Int }')).toThrow();
    expect((await postGraphQL(url, '{ steady extra }')).data).toEqual({ steady: 1, extra: 1 });
  });
});
