import { backgroundTransaction, type RevokedSessions } from '@kabinet/kit';
import express, { type RequestHandler } from 'express';
import type { DataSource } from 'typeorm';

/**
 * GET: the sessions ended (logout, block, role or access change, password change, refresh-token reuse) whose
 * access tokens may still be alive — revoked within the last token lifetime. Gateways fetch the whole list
 * every few seconds and refuse those tokens at once, in every subgraph. The whole list rather than changes
 * since a cursor: a revocation's time is its transaction's start, so one committing late could slip behind a
 * cursor; the list stays as small as the sessions ended in one token lifetime.
 */
export const serveRevokedSessions =
  (accessTokenTtlSeconds: number) =>
  ({ db }: { db: DataSource }): RequestHandler => {
    const router = express.Router();
    router.get('/', async (_req, res, next) => {
      try {
        // The gateways' poll, not a client's request: uncounted, like other background work, so a request's
        // statement count never depends on whether a poll landed beside it.
        const rows: { id: string }[] = await backgroundTransaction(db, (tx) =>
          tx.query(
            `SELECT id FROM sessions
             WHERE revoked_at > now() - make_interval(secs => $1) AND expires_at > now() - make_interval(secs => $1)`,
            [accessTokenTtlSeconds],
          ),
        );
        const body: RevokedSessions = { sessions: rows.map((r) => r.id) };
        res.json(body);
      } catch (error) {
        next(error);
      }
    });
    return router;
  };
