import { rateLimited } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/** Wrong passwords per login name within the window before it is locked until the window passes. */
export const MAX_FAILURES_PER_LOGIN = 5;
/** Wrong passwords per address within the window, across login names (password spraying). */
export const MAX_FAILURES_PER_IP = 30;
const WINDOW = '15 minutes';

const tooMany = () => rateLimited('Too many failed sign-in attempts; try again in 15 minutes');
/** The limit is reached by attempts still being checked, not by failures: they settle within a second. */
const tooManyAtOnce = () => rateLimited('Too many sign-in attempts at once; try again in a moment');

/**
 * Counts a sign-in attempt as a failure before its password is checked, or refuses it (RATE_LIMITED) when the
 * login name or the address already has too many within the window. `key` is the login's `loginKey`, known or
 * not, so unknown logins lock exactly like real ones. Returns the attempt, to settle with `attemptFailed` or
 * `attemptSucceeded`.
 *
 * Counting after the (slow) hash let simultaneous attempts all pass the check before any was recorded. Here
 * the count and the insert run under a lock per login name and per address, so each attempt sees every
 * attempt before it, and at most MAX_FAILURES_PER_LOGIN per window ever reach the hash.
 */
export async function countAttempt(db: DataSource, key: string, ip: string | null): Promise<string> {
  // The manager's transaction, not the request's: that one carries the mutation's audit event, which belongs
  // with the sign-in's outcome, not with counting it.
  return db.manager.transaction(async (tx) => {
    // Always the login name first, then the address: two attempts never wait for each other's lock.
    for (const subject of ip === null ? [`login:${key}`] : [`login:${key}`, `ip:${ip}`]) {
      await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
        `kabinet:identity:sign-in:${subject}`,
      ]);
    }
    const [row] = await tx.query(
      `SELECT count(*) FILTER (WHERE login_key = $1)::int AS by_login,
              count(*) FILTER (WHERE login_key = $1 AND checked_at IS NOT NULL)::int AS failed_by_login,
              count(*) FILTER (WHERE ip = $2)::int AS by_ip,
              count(*) FILTER (WHERE ip = $2 AND checked_at IS NOT NULL)::int AS failed_by_ip
       FROM login_failures WHERE at > now() - $3::interval AND (login_key = $1 OR ip = $2)`,
      [key, ip, WINDOW],
    );
    if (row.failed_by_login >= MAX_FAILURES_PER_LOGIN || row.failed_by_ip >= MAX_FAILURES_PER_IP)
      throw tooMany();
    if (row.by_login >= MAX_FAILURES_PER_LOGIN || row.by_ip >= MAX_FAILURES_PER_IP) throw tooManyAtOnce();
    // clock_timestamp, not now(): the moment the lock was held, which attemptSucceeded compares with.
    const [{ id }] = await tx.query(
      'INSERT INTO login_failures (login_key, ip, at) VALUES ($1, $2, clock_timestamp()) RETURNING id::text',
      [key, ip],
    );
    return id as string;
  });
}

/** The password was wrong: the attempt stays counted, now as a checked failure. */
export const attemptFailed = (db: DataSource, attempt: string) =>
  db.query('UPDATE login_failures SET checked_at = clock_timestamp() WHERE id = $1', [attempt]);

/**
 * The password was right: the attempt no longer counts, nor do the login's failures that were already checked
 * when it was counted. The attempts it raced with (still being checked then, or counted after it) stay, so a
 * success amid a burst of guesses does not give the guesser a fresh allowance.
 */
export const attemptSucceeded = (db: DataSource, key: string, attempt: string) =>
  db.query(
    `DELETE FROM login_failures
     WHERE login_key = $1 AND (id = $2 OR checked_at < (SELECT at FROM login_failures WHERE id = $2))`,
    [key, attempt],
  );

/** A password reset proved the user: the lock goes, with every attempt counted under the login name. */
export const clearFailures = (db: DataSource, key: string) =>
  db.query('DELETE FROM login_failures WHERE login_key = $1', [key]);
