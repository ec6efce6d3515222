import { errorBody, type GatewayLink, type Logger } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';
import type { ClientAddress } from './client-address';
import { proxyTo } from './proxy';

/**
 * GET /files/:id?token=… (billing's documents and exports) and GET /attachments/:id?token=… (identity's ticket
 * attachments): a file behind a signed expiring link its subgraph checks. The gateway forwards it with its
 * credential and passes back what makes it a safe download: the file name as an attachment, no sniffing, no
 * caching.
 */
export const proxyDownloads = (
  subgraphUrl: string,
  path: '/files' | '/attachments',
  link: GatewayLink,
  clientAddress: ClientAddress,
  log: Logger,
): RequestHandler =>
  proxyTo(
    {
      subgraphUrl,
      path,
      // A download carries no body.
      maxBytes: 0,
      tooLarge: () => errorBody('PAYLOAD_TOO_LARGE', 'A download carries no body'),
      notFound: 'File not found',
      unavailable: 'Downloads are unavailable',
      answerHeaders: ['content-disposition', 'x-content-type-options', 'cache-control'],
    },
    link,
    clientAddress,
    log,
  );
