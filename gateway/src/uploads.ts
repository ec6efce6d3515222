import { Readable } from 'node:stream';
import {
  errorBody,
  type GatewayLink,
  isUuid,
  type Logger,
  MAX_UPLOAD_BYTES,
  uploadTooLarge,
} from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import type { ClientAddress } from './client-address';
import { requestOrigin } from './context';

/**
 * Where an upload goes: identity's configured origin, its uploads path, the id as one path segment and the
 * client's query string — nothing else of what the client sent, so no request can point the gateway (and its
 * credential) at another host or another path.
 */
export function uploadTarget(identityUrl: string, id: string, originalUrl: string): URL {
  const target = new URL(`/uploads/${encodeURIComponent(id)}`, new URL(identityUrl).origin);
  const query = originalUrl.indexOf('?');
  if (query >= 0) target.search = originalUrl.slice(query);
  return target;
}

/**
 * PUT /uploads/:id?token=…: streams a document to identity, which checks the URL, size and content. The
 * gateway only adds its credential and the caller's address, as for GraphQL.
 */
export function proxyUploads(
  identityUrl: string,
  link: GatewayLink,
  clientAddress: ClientAddress,
  log: Logger,
): RequestHandler {
  return async (req, res) => {
    // Upload ids are UUIDs: anything else (`..`, a path) is no upload, and never leaves the gateway.
    const id = String(req.params.id);
    if (!isUuid(id)) {
      res.status(404).json(errorBody('NOT_FOUND', 'Upload not found'));
      return;
    }
    const declared = Number(req.headers['content-length']);
    // Larger than the limit: refused here, unread.
    if (declared > MAX_UPLOAD_BYTES) {
      res.status(413).json(uploadTooLarge());
      return;
    }
    const headers: Record<string, string> = {
      'content-type': req.headers['content-type'] ?? 'application/octet-stream',
      ...link.headersFor(requestOrigin(req, null, clientAddress)),
    };
    if (Number.isFinite(declared)) headers['content-length'] = String(declared);
    try {
      const response = await fetch(uploadTarget(identityUrl, id, req.originalUrl), {
        method: 'PUT',
        headers,
        body: Readable.toWeb(req) as ReadableStream,
        duplex: 'half',
      } as RequestInit);
      res
        .status(response.status)
        .type('application/json')
        .send(Buffer.from(await response.arrayBuffer()));
    } catch (error) {
      log.warn({ err: error }, 'upload not delivered to identity');
      res.status(502).json(errorBody('SERVICE_UNAVAILABLE', 'Uploads are unavailable'));
    }
  };
}
