import { Readable } from 'node:stream';
import { errorBody, type GatewayLink, isUuid, type Logger } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import type { ClientAddress } from './client-address';
import { requestOrigin } from './context';

/**
 * Where a forwarded request goes: the subgraph's configured origin, the route's fixed path, the id as one
 * path segment and the client's query string — nothing else of what the client sent, so no request can
 * point the gateway (and its credential) at another host or another path.
 */
export function proxyTarget(subgraphUrl: string, path: string, id: string | null, originalUrl: string): URL {
  const target = new URL(
    id === null ? path : `${path}/${encodeURIComponent(id)}`,
    new URL(subgraphUrl).origin,
  );
  const query = originalUrl.indexOf('?');
  if (query >= 0) target.search = originalUrl.slice(query);
  return target;
}

/** A public HTTP route the gateway forwards to a subgraph as it is (uploads, payment pages, webhooks). */
export interface ProxyRoute {
  /** The subgraph's URL (only its origin is used). */
  subgraphUrl: string;
  /** The fixed path on the subgraph; with `:id` in the gateway's route, the id is appended as a segment. */
  path: string;
  /** Larger bodies are refused unread (413) with this body. */
  maxBytes: number;
  tooLarge: () => object;
  /** What a wrong id is called in the 404: "Upload not found". */
  notFound: string;
  /** What the client is told when the subgraph cannot be reached: "Uploads are unavailable". */
  unavailable: string;
  /** Request headers passed on besides the content type (e.g. a webhook's signature). */
  forwardHeaders?: string[];
  /** Answer headers passed back besides the content type (e.g. a download's Content-Disposition). */
  answerHeaders?: string[];
}

/**
 * Forwards a request to a subgraph: the method, body (streamed), content type and query string, plus the
 * gateway's credential and the caller's address as for GraphQL (no token: these routes are public). Ids are
 * UUIDs: anything else (`..`, a path) is no resource, and never leaves the gateway. The answer comes back
 * with its status and content type.
 */
export function proxyTo(
  route: ProxyRoute,
  link: GatewayLink,
  clientAddress: ClientAddress,
  log: Logger,
): RequestHandler {
  return async (req, res) => {
    const id = req.params.id === undefined ? null : String(req.params.id);
    if (id !== null && !isUuid(id)) {
      res.status(404).json(errorBody('NOT_FOUND', route.notFound));
      return;
    }
    const declared = Number(req.headers['content-length']);
    if (declared > route.maxBytes) {
      res.status(413).json(route.tooLarge());
      return;
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const headers: Record<string, string> = {
      ...(hasBody && { 'content-type': req.headers['content-type'] ?? 'application/octet-stream' }),
      ...link.headersFor(requestOrigin(req, null, clientAddress)),
    };
    for (const name of route.forwardHeaders ?? []) {
      const value = req.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    if (hasBody && Number.isFinite(declared)) headers['content-length'] = String(declared);
    try {
      const response = await fetch(proxyTarget(route.subgraphUrl, route.path, id, req.originalUrl), {
        method: req.method,
        headers,
        ...(hasBody && { body: Readable.toWeb(req) as ReadableStream, duplex: 'half' }),
      } as RequestInit);
      for (const name of route.answerHeaders ?? []) {
        const value = response.headers.get(name);
        if (value !== null) res.set(name, value);
      }
      res
        .status(response.status)
        .type(response.headers.get('content-type') ?? 'application/json')
        .send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      log.warn({ err: error, path: route.path }, 'request not delivered to the subgraph');
      res.status(502).json(errorBody('SERVICE_UNAVAILABLE', route.unavailable));
    }
  };
}
