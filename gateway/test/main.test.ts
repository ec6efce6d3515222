// The gateway process alone, as the README documents: built output, any valid supergraph file, no database.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { eventually, freePort, otlpCollector, postGraphQL } from '@kabinet/kit/testing';
import { parse } from 'graphql';
import { WebSocket } from 'ws';
import { FakeSubgraph, supergraphOf } from './fake-subgraph';

const entry = join(__dirname, '..', 'dist', 'main.js');

async function startGateway(
  env: Record<string, string>,
): Promise<{ child: ChildProcess; base: string; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: 'pipe',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300 && child.exitCode === null; i++) {
    if (
      await fetch(`${base}/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return { child, base, output: () => output, exited };
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, base, output: () => output, exited };
}

describe('the gateway process alone', () => {
  const children: ChildProcess[] = [];
  const folders: string[] = [];
  afterAll(() => {
    for (const dir of folders) rmSync(dir, { recursive: true, force: true });
    for (const child of children) child.kill('SIGTERM');
  });
  /** A supergraph file of its own in a folder removed after the tests. */
  const supergraphFile = (sdl: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'kabinet-gw-'));
    folders.push(dir);
    const file = join(dir, 'supergraph.graphql');
    writeFileSync(file, sdl);
    return file;
  };

  it('serves any valid supergraph file and answers with a coded error when a subgraph is down', async () => {
    const composed = composeServices([
      {
        name: 'weather',
        url: 'http://127.0.0.1:9/graphql',
        typeDefs: parse('type Query { temperature: Int }'),
      },
    ]);
    const file = supergraphFile(composed.supergraphSdl as string);
    const gateway = await startGateway({ SUPERGRAPH_PATH: file });
    children.push(gateway.child);

    const health = await fetch(`${gateway.base}/health`);
    expect(await health.json()).toEqual({ status: 'ok', service: 'gateway' });
    const result = await postGraphQL(`${gateway.base}/graphql`, '{ temperature }');
    expect(result.data).toEqual({ temperature: null });
    // Unreachable: the field is null with a code naming the subgraph, and no address or stack.
    expect(result.errors).toEqual([
      {
        message: 'The weather subgraph is unavailable',
        path: ['temperature'],
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'weather', serviceName: 'weather' },
      },
    ]);
    expect(JSON.stringify(result)).not.toMatch(/ECONNREFUSED|stack/);
  });

  it('on SIGTERM finishes requests in flight, sends sockets away with 1001, and exits', async () => {
    const slow = new FakeSubgraph('slow');
    await slow.start();
    const file = supergraphFile(supergraphOf(slow));
    const gateway = await startGateway({ SUPERGRAPH_PATH: file });
    children.push(gateway.child);

    const socket = new WebSocket(`${gateway.base.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.on('open', resolve));
    socket.send(JSON.stringify({ type: 'connection_init' }));
    await new Promise((resolve) => socket.on('message', resolve)); // connection_ack

    slow.behaviour = 'slow';
    const inFlight = postGraphQL(`${gateway.base}/graphql`, '{ slow }');
    await eventually(() => slow.hits > 0, 'the request reaching the subgraph');
    gateway.child.kill('SIGTERM');
    expect(await closed).toBe(1001);
    expect(await inFlight).toEqual({ status: 200, data: { slow: 1 } });
    expect(await gateway.exited).toBe(0);
    await expect(fetch(`${gateway.base}/health`)).rejects.toThrow();
    await slow.stop();
  });

  it('reloads the supergraph file when it changes, and refuses a broken one keeping the old', async () => {
    const steady = new FakeSubgraph('steady');
    const extra = new FakeSubgraph('extra');
    await steady.start();
    await extra.start();
    const file = supergraphFile(supergraphOf(steady));
    const gateway = await startGateway({ SUPERGRAPH_PATH: file });
    children.push(gateway.child);
    const url = `${gateway.base}/graphql`;
    expect((await postGraphQL(url, '{ extra }')).errors?.[0].extensions?.code).toBe(
      'GRAPHQL_VALIDATION_FAILED',
    );

    writeFileSync(file, supergraphOf(steady, extra));
    await eventually(
      async () => (await postGraphQL(url, '{ extra }')).data?.extra === 1,
      'the new supergraph',
    );
    writeFileSync(file, 'type Query { broken');
    await eventually(
      () => gateway.output().includes('supergraph refused; the old one is kept'),
      'the refusal',
    );
    expect((await postGraphQL(url, '{ steady extra }')).data).toEqual({ steady: 1, extra: 1 });
    await steady.stop();
    await extra.stop();
  });

  it('fails fast with a clear message on bad configuration', async () => {
    const gateway = await startGateway({ SUPERGRAPH_PATH: '/nonexistent/supergraph.graphql' });
    const code = await gateway.exited;
    expect(code).toBe(1);
    expect(gateway.output()).toContain('/nonexistent/supergraph.graphql');

    const badPort = await startGateway({ SUBGRAPH_URLS: 'accounts' });
    expect(await badPort.exited).toBe(1);
    expect(badPort.output()).toContain('SUBGRAPH_URLS: \\"accounts\\" is not name=url');
  });
  it('continues a caller’s trace into the subgraphs and exports the spans over OTLP when configured', async () => {
    const collector = await otlpCollector();
    const weather = new FakeSubgraph('weather');
    await weather.start();
    const file = supergraphFile(supergraphOf(weather));
    const gateway = await startGateway({ SUPERGRAPH_PATH: file, OTEL_EXPORTER_OTLP_ENDPOINT: collector.url });
    children.push(gateway.child);
    const traceId = '4bf92f3577b34da6a3ce929d0e0e4736';
    const result = await postGraphQL(
      `${gateway.base}/graphql`,
      '{ weather }',
      {},
      {
        traceparent: `00-${traceId}-00f067aa0ba902b7-01`,
      },
    );
    expect(result.data).toEqual({ weather: 1 });
    // The subgraph was called within the same trace, as a child of the gateway's fetch span.
    expect(weather.lastHeaders.traceparent).toMatch(new RegExp(`^00-${traceId}-[0-9a-f]{16}-01$`));
    gateway.child.kill('SIGTERM'); // flushes the spans on its way out
    await gateway.exited;
    await weather.stop();
    collector.close();
    const request = collector.spans.find((s) => s.name === 'graphql');
    const fetchSpan = collector.spans.find((s) => s.name === 'fetch weather');
    expect(request).toMatchObject({ service: 'gateway', traceId, parentSpanId: '00f067aa0ba902b7' });
    expect(fetchSpan).toMatchObject({ service: 'gateway', traceId, parentSpanId: request?.spanId });
    expect(weather.lastHeaders.traceparent).toContain(fetchSpan?.spanId);
  });
});
