import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';

const ids = new WeakMap<IncomingMessage, string>();
/** An id a client or a proxy in front may set: kept if it is plain, replaced otherwise. */
const ACCEPTED = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Gives every request an id — the caller's `X-Request-Id` if it is plain, else a fresh one — sends it back in
 * the response's `X-Request-Id`, and passes it to subgraphs in the signed origin, so one id finds a request in
 * the gateway's and every subgraph's logs.
 */
export const requestIds: RequestHandler = (req, res, next) => {
  const given = req.headers['x-request-id'];
  const id = typeof given === 'string' && ACCEPTED.test(given) ? given : randomUUID();
  ids.set(req, id);
  res.setHeader('X-Request-Id', id);
  next();
};

/** The id `requestIds` gave this request (a fresh one for a request it did not see). */
export const requestIdOf = (req: IncomingMessage): string => ids.get(req) ?? randomUUID();
