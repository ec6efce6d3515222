/** Where identity lists the sessions that ended while their access tokens may still be alive (gateway only). */
export const REVOKED_SESSIONS_PATH = '/sessions/revoked';

/** The answer at REVOKED_SESSIONS_PATH. */
export interface RevokedSessions {
  sessions: string[];
}
