// What operators see of a running gateway: /health and /ready, Prometheus /metrics that move as requests are
// made, and one request id in the response, the gateway's logs and every subgraph's.
import { FORWARDED_ORIGIN_HEADER, gatewayLink, type Service } from '@kabinet/kit/core';
import { postGraphQL } from '@kabinet/kit/testing';
import { FakeSubgraph, supergraphOf, TEST_GATEWAY_SECRET, testGateway } from './fake-subgraph';

describe('a gateway operators can watch', () => {
  const steady = new FakeSubgraph('steady');
  const flaky = new FakeSubgraph('flaky');
  let gateway: Service;
  let base: string;
  const metric = async (name: string, labels = '') => {
    const text = await (
      await fetch(`${base}/metrics`, { headers: { authorization: 'Bearer scrape-token-1' } })
    ).text();
    const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
    return line ? Number(line.split(' ').at(-1)) : 0;
  };

  beforeAll(async () => {
    await steady.start();
    await flaky.start();
    let url: string;
    ({ gateway, url } = await testGateway(supergraphOf(steady, flaky), {
      metricsToken: 'scrape-token-1',
      limits: { maxAliases: 2 },
      upstream: { timeoutMs: 1_000, retries: 0, breaker: { failures: 1, openMs: 60_000 } },
    }));
    base = new URL(url).origin;
  });
  afterAll(async () => {
    await gateway?.close();
    await steady.stop();
    await flaky.stop();
  });

  it('is live at /health and ready at /ready while every subgraph is, naming the one that is not', async () => {
    expect(await (await fetch(`${base}/health`)).json()).toEqual({ status: 'ok', service: 'gateway' });
    const ready = await fetch(`${base}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ready',
      supergraph: 'loaded',
      subgraphs: { steady: 'up', flaky: 'up' },
    });
    flaky.behaviour = 'down';
    const notReady = await fetch(`${base}/ready`);
    expect(notReady.status).toBe(503);
    expect(await notReady.json()).toMatchObject({
      status: 'not ready',
      subgraphs: { steady: 'up', flaky: 'down' },
    });
    flaky.behaviour = 'answer';
  });

  it('gives each request an id, echoed back and passed to the subgraphs it calls', async () => {
    const given = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-me-123456' },
      body: JSON.stringify({ query: '{ steady }' }),
    });
    expect(given.headers.get('x-request-id')).toBe('trace-me-123456');
    const origin = gatewayLink(TEST_GATEWAY_SECRET).verify(
      steady.lastHeaders[FORWARDED_ORIGIN_HEADER] as string,
    );
    expect(origin?.requestId).toBe('trace-me-123456');
    // Anything but a plain id is replaced, never echoed.
    const junk = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': '<script>' },
      body: JSON.stringify({ query: '{ steady }' }),
    });
    expect(junk.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('counts requests, errors, subgraph fetches, open circuits and refused operations in /metrics', async () => {
    const refused = await fetch(`${base}/metrics`);
    expect(refused.status).toBe(401);
    const ok = 'operation="Steady",code="OK"';
    const before = await metric('kabinet_gateway_requests_total', ok);
    const fetched = await metric(
      'kabinet_gateway_subgraph_fetch_duration_seconds_count',
      'subgraph="steady",outcome="ok"',
    );
    await postGraphQL(`${base}/graphql`, 'query Steady { steady }');
    await postGraphQL(`${base}/graphql`, 'query Steady { steady }');
    expect(await metric('kabinet_gateway_requests_total', ok)).toBe(before + 2);
    expect(
      await metric('kabinet_gateway_subgraph_fetch_duration_seconds_count', 'subgraph="steady",outcome="ok"'),
    ).toBe(fetched + 2);

    expect(await metric('kabinet_gateway_subgraph_circuit_state', 'subgraph="flaky"')).toBe(0);
    await flaky.stop();
    await postGraphQL(`${base}/graphql`, 'query Both { steady flaky }');
    expect(
      await metric('kabinet_gateway_requests_total', 'operation="Both",code="SUBGRAPH_UNAVAILABLE"'),
    ).toBe(1);
    expect(await metric('kabinet_gateway_subgraph_circuit_state', 'subgraph="flaky"')).toBe(2);
    await flaky.start();

    const wide = await postGraphQL(`${base}/graphql`, 'query Wide { a: steady b: steady c: steady }');
    expect(wide.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(await metric('kabinet_gateway_cost_rejected_total', 'code="QUERY_TOO_COMPLEX"')).toBe(1);
    expect(await metric('kabinet_gateway_process_resident_memory_bytes')).toBeGreaterThan(0);
  });
});
