import { rateLimited } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** Wrong passwords per login name within the window before it is locked until the window passes. */
export const MAX_FAILURES_PER_LOGIN = 5;
/** Wrong passwords per address within the window, across login names (password spraying). */
export const MAX_FAILURES_PER_IP = 30;
const WINDOW = '15 minutes';

const tooMany = () => rateLimited('Too many failed sign-in attempts; try again in 15 minutes');

/**
 * Refuses (RATE_LIMITED) while the login name or the address has too many recent failures. `key` is the
 * login's `loginKey`, known or not, so unknown logins lock exactly like real ones.
 */
export async function assertMayTry(db: DataSource, key: string, ip: string | null): Promise<void> {
  const [row] = await db.query(
    `SELECT count(*) FILTER (WHERE login_key = $1)::int AS by_login,
            count(*) FILTER (WHERE ip = $2)::int AS by_ip
     FROM login_failures WHERE at > now() - $3::interval AND (login_key = $1 OR ip = $2)`,
    [key, ip, WINDOW],
  );
  if (row.by_login >= MAX_FAILURES_PER_LOGIN || row.by_ip >= MAX_FAILURES_PER_IP) throw tooMany();
}

export const recordFailure = (db: DataSource, key: string, ip: string | null) =>
  db.query('INSERT INTO login_failures (login_key, ip) VALUES ($1, $2)', [key, ip]);

export const clearFailures = (db: DataSource, key: string) =>
  db.query('DELETE FROM login_failures WHERE login_key = $1', [key]);
