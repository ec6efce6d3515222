import { Readable } from 'node:stream';
import {
  encodeOrigin,
  errorBody,
  FORWARDED_ORIGIN_HEADER,
  GATEWAY_CREDENTIAL_HEADER,
  type Logger,
  MAX_UPLOAD_BYTES,
  uploadTooLarge,
} from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import { requestOrigin } from './context';

/**
 * PUT /uploads/:id?token=…: streams a document to identity, which checks the URL, size and content. The
 * gateway only adds its credential and the caller's address, as for GraphQL.
 */
export function proxyUploads(
  identityUrl: string,
  gatewaySecret: string | undefined,
  log: Logger,
): RequestHandler {
  return async (req, res) => {
    const declared = Number(req.headers['content-length']);
    // Larger than the limit: refused here, unread.
    if (declared > MAX_UPLOAD_BYTES) {
      res.status(413).json(uploadTooLarge());
      return;
    }
    const headers: Record<string, string> = {
      'content-type': req.headers['content-type'] ?? 'application/octet-stream',
      [FORWARDED_ORIGIN_HEADER]: encodeOrigin(requestOrigin(req, null)),
    };
    if (Number.isFinite(declared)) headers['content-length'] = String(declared);
    if (gatewaySecret) headers[GATEWAY_CREDENTIAL_HEADER] = gatewaySecret;
    try {
      const response = await fetch(new URL(req.originalUrl, identityUrl), {
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
