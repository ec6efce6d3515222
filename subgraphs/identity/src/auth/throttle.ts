import { rateLimited } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

export interface Limit {
  /** What is counted, e.g. `reset:login:ivanov` or `upload:ip:10.0.0.7`. */
  key: string;
  max: number;
  minutes: number;
}

/**
 * Counts one request under each key and refuses (RATE_LIMITED) when any key already had `max` within its
 * window. Counted in PostgreSQL, so every identity replica sees the same numbers.
 */
export async function throttle(db: DataSource, limits: Limit[]): Promise<void> {
  for (const { key, max, minutes } of limits) {
    const [{ recent }] = await db.query(
      `WITH expired AS (
         DELETE FROM throttled_requests WHERE key = $1 AND at <= now() - make_interval(mins => $2)
       ), counted AS (
         INSERT INTO throttled_requests (key) VALUES ($1)
       )
       SELECT count(*)::int AS recent FROM throttled_requests WHERE key = $1 AND at > now() - make_interval(mins => $2)`,
      [key, minutes],
    );
    if (recent >= max) {
      throw rateLimited('Too many requests of this kind; try again later');
    }
  }
}
