// A service continues the trace its caller started: its server span is the caller's child (the trace id its
// log lines carry), and what it calls next continues the same trace. (Export over OTLP is tested through the
// gateway's process, gateway/test/main.test.ts: the exporter loads Node's http by dynamic import, which Jest's
// module sandbox refuses.)
import type { AddressInfo } from 'node:net';
import express from 'express';
import { outgoingCall, startTracing, tracedRequests, traceIdOf } from '../src/core/tracing';

const TRACE_ID = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('tracing of requests', () => {
  it('continues the caller’s trace, and carries it on to the next call', async () => {
    const tracing = startTracing('billing');
    const app = express();
    app.use('/graphql', tracedRequests('graphql billing'), (_req, res) => {
      res.json({
        traceId: traceIdOf(res.locals.trace),
        next: outgoingCall('fetch', res.locals.trace).headers,
      });
    });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const answer = await fetch(`http://127.0.0.1:${port}/graphql`, {
        headers: { traceparent: `00-${TRACE_ID}-${CALLER_SPAN}-01` },
      });
      const { traceId, next } = (await answer.json()) as { traceId: string; next: Record<string, string> };
      expect(traceId).toBe(TRACE_ID);
      // The next hop's parent is this service's span: same trace, a span id of its own, still sampled.
      expect(next.traceparent).toMatch(new RegExp(`^00-${TRACE_ID}-[0-9a-f]{16}-01$`));
      expect(next.traceparent).not.toContain(CALLER_SPAN);
    } finally {
      server.close();
      await tracing.stop();
    }
  });

  it('without tracing started, carries nothing and costs nothing', async () => {
    expect(outgoingCall('fetch', undefined).headers).toEqual({});
  });
});
