import {
  type Context,
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  AlwaysOffSampler,
  AlwaysOnSampler,
  BatchSpanProcessor,
  NodeTracerProvider,
  ParentBasedSampler,
} from '@opentelemetry/sdk-trace-node';
import type { NextFunction, Request, Response } from 'express';

const tracer = () => trace.getTracer('kabinet');

/**
 * OpenTelemetry for one service process. W3C trace context (`traceparent`) always travels: a trace a caller
 * started continues through the gateway and into every subgraph it calls. Spans are exported over OTLP/HTTP
 * only when an endpoint is configured (`OTEL_EXPORTER_OTLP_ENDPOINT`, e.g. http://collector:4318); without one
 * nothing is recorded, and a trace is only carried on.
 */
export function startTracing(service: string, otlpEndpoint?: string): { stop(): Promise<void> } {
  const exporting = Boolean(otlpEndpoint);
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': service }),
    // Exporting: every request is traced (and any a caller sampled). Not: spans continue a caller's trace only.
    sampler: new ParentBasedSampler({ root: exporting ? new AlwaysOnSampler() : new AlwaysOffSampler() }),
    spanProcessors: exporting
      ? [
          new BatchSpanProcessor(
            new OTLPTraceExporter({ url: `${otlpEndpoint?.replace(/\/$/, '')}/v1/traces` }),
          ),
        ]
      : [],
  });
  provider.register(); // W3C trace context and baggage propagators, AsyncLocalStorage context
  return {
    async stop() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** The trace context a request's headers carry (or none). */
export const incomingTrace = (headers: Record<string, string | string[] | undefined>): Context =>
  propagation.extract(ROOT_CONTEXT, headers);

/**
 * Express middleware: a server span per request, continuing the caller's trace, ended when the answer is sent.
 * The span's context is kept on `res.locals.trace` for what runs later (body parsing loses async context).
 */
export function tracedRequests(name: string) {
  return (req: Request, res: Response, next: NextFunction) => {
    const parent = incomingTrace(req.headers);
    const span = tracer().startSpan(
      name,
      { kind: SpanKind.SERVER, attributes: { 'http.method': req.method } },
      parent,
    );
    res.locals.trace = trace.setSpan(parent, span);
    res.on('close', () => {
      span.setAttribute('http.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(res.locals.trace as Context, next);
  };
}

/** A client span for a call to another service, and the headers that carry its trace there. */
export function outgoingCall(
  name: string,
  parent: Context | undefined,
): { span: Span; headers: Record<string, string> } {
  const from = parent ?? context.active();
  const span = tracer().startSpan(name, { kind: SpanKind.CLIENT }, from);
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(from, span), headers);
  return { span, headers };
}

/** The trace id of a context, for log lines (undefined when there is no trace). */
export function traceIdOf(traced: Context | undefined): string | undefined {
  const spanContext = traced && trace.getSpanContext(traced);
  return spanContext && trace.isSpanContextValid(spanContext) ? spanContext.traceId : undefined;
}
