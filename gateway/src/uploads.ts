import { type GatewayLink, type Logger, MAX_UPLOAD_BYTES, uploadTooLarge } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import type { ClientAddress } from './client-address';
import { proxyTarget, proxyTo } from './proxy';

/** Where an upload goes: identity's origin, `/uploads/<id>` and the client's query string (see `proxyTarget`). */
export const uploadTarget = (identityUrl: string, id: string, originalUrl: string): URL =>
  proxyTarget(identityUrl, '/uploads', id, originalUrl);

/**
 * PUT /uploads/:id?token=…: streams a document to identity, which checks the URL, size and content. The
 * gateway only adds its credential and the caller's address, as for GraphQL.
 */
export const proxyUploads = (
  identityUrl: string,
  link: GatewayLink,
  clientAddress: ClientAddress,
  log: Logger,
): RequestHandler =>
  proxyTo(
    {
      subgraphUrl: identityUrl,
      path: '/uploads',
      maxBytes: MAX_UPLOAD_BYTES,
      tooLarge: uploadTooLarge,
      notFound: 'Upload not found',
      unavailable: 'Uploads are unavailable',
    },
    link,
    clientAddress,
    log,
  );
