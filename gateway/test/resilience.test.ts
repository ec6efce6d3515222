// How the gateway lives with subgraphs that go down, hang or fail once: the rest of the answer still comes,
// with SUBGRAPH_UNAVAILABLE naming the subgraph; a hanging one is cut off by the timeout and then failed fast
// by its circuit until a probe finds it back; a query is retried after a failed attempt, a mutation never.
import type { Service } from '@kabinet/kit/core';
import { eventually, postGraphQL as post } from '@kabinet/kit/testing';
import { FakeSubgraph, supergraphOf, testGateway } from './fake-subgraph';

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
    ({ gateway, url } = await testGateway(supergraphOf(steady, flaky), {
      upstream: { timeoutMs: 1_000, retries: 2, retryBackoffMs: 5, breaker: { failures: 3, openMs: 400 } },
    }));
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
