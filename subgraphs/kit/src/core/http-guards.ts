import type { ErrorRequestHandler, RequestHandler } from 'express';
import { errorBody } from './errors';
import type { Logger } from './logger';

/**
 * Node accepts an absolute URL as the request target (`PUT http://other-host/…`); a route that builds an
 * outgoing URL from it would follow it to any host. Only origin-form targets (`/path?query`) are served.
 */
export const originFormOnly: RequestHandler = (req, res, next) => {
  if (req.url.startsWith('/')) return next();
  res.status(400).json(errorBody('BAD_REQUEST', 'The request target must be a path'));
};

/**
 * Errors raised outside GraphQL (a malformed JSON body, a body over the limit, a bug in a route) answered as
 * JSON with a code. Express's default page carries the stack and file paths.
 */
export const answerHttpErrors =
  (log: Logger): ErrorRequestHandler =>
  (error, _req, res, next) => {
    if (res.headersSent) return next(error);
    const type = (error as { type?: string }).type;
    if (type === 'entity.parse.failed') {
      res.status(400).json(errorBody('BAD_REQUEST', 'The request body is not valid JSON'));
    } else if (type === 'entity.too.large') {
      res.status(413).json(errorBody('PAYLOAD_TOO_LARGE', 'The request body is too large'));
    } else if (typeof (error as { status?: unknown }).status === 'number' && error.status < 500) {
      res.status(error.status).json(errorBody('BAD_REQUEST', 'The request could not be read'));
    } else {
      log.error({ err: error }, 'internal error outside GraphQL');
      res.status(500).json(errorBody('INTERNAL_SERVER_ERROR', 'Internal server error'));
    }
  };
