import { errorBody } from '@kabinet/kit/core';
import type { RequestHandler } from 'express';

/** Operations one batched request may carry: a dashboard's panels, not a script's thousand. */
export const DEFAULT_MAX_BATCH = 10;

/**
 * A batched request (a JSON array of operations) larger than `max` is refused whole, before any is parsed:
 * each operation passes the per-operation limits, but a thousand of them would pass a thousand times.
 */
export const batchLimit =
  (max: number): RequestHandler =>
  (req, res, next) => {
    if (Array.isArray(req.body) && req.body.length > max) {
      return void res
        .status(400)
        .json(
          errorBody(
            'BATCH_TOO_LARGE',
            `A batch may carry at most ${max} operations; this one has ${req.body.length}`,
          ),
        );
    }
    next();
  };
