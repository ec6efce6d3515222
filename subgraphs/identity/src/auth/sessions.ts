import { randomUUID } from 'node:crypto';
import { NEW_DEVICE_SIGNED_IN, type NewDeviceSignedInPayload } from '@kabinet/contracts';
import { publish, type RequestOrigin, type TokenSigner, unauthenticated } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import type { User } from '../data/entities';
import { hashSecret, newRefreshToken } from './secrets';

/** How long a device stays signed in without signing in again, however often it refreshes. */
export const SESSION_DAYS = 30;

export interface SignedIn {
  accessToken: string;
  refreshToken: string;
  expiresAt: Date;
  refreshExpiresAt: Date;
  user: User;
}

const issueRefreshToken = async (tx: EntityManager, sessionId: string) => {
  const token = newRefreshToken(sessionId);
  await tx.query('INSERT INTO refresh_tokens (token_hash, session_id) VALUES ($1, $2)', [
    hashSecret(token),
    sessionId,
  ]);
  return token;
};

/** The device as stored with its session. */
const userAgentOf = (origin: RequestOrigin) => origin.userAgent?.slice(0, 500) ?? null;

/** The token carries what the user may see, so every subgraph can scope without asking identity. */
const accessTokenFor = (signToken: TokenSigner, user: User, sessionId: string) =>
  signToken({
    userId: user.id,
    companyId: user.companyId,
    role: user.role,
    sessionId,
    ...(user.accountIds && { accountIds: user.accountIds }),
    ...(user.groupIds && { groupIds: user.groupIds }),
  });

/** A session's next pair: a new refresh token of its family and an access token. */
async function tokenPair(
  tx: EntityManager,
  signToken: TokenSigner,
  user: User,
  session: { id: string; expiresAt: Date },
): Promise<SignedIn> {
  const refreshToken = await issueRefreshToken(tx, session.id);
  const { token, expiresAt } = await accessTokenFor(signToken, user, session.id);
  return { accessToken: token, refreshToken, expiresAt, refreshExpiresAt: session.expiresAt, user };
}

/** Signs a user in on a new device session: an access token and the first refresh token of its family. */
export async function startSession(
  tx: EntityManager,
  signToken: TokenSigner,
  user: User,
  origin: RequestOrigin,
): Promise<SignedIn> {
  const id = randomUUID();
  const userAgent = userAgentOf(origin);
  const [known] = await tx.query(
    'SELECT 1 FROM sessions WHERE user_id = $1 AND user_agent IS NOT DISTINCT FROM $2 LIMIT 1',
    [user.id, userAgent],
  );
  const [{ expires_at }] = await tx.query(
    `INSERT INTO sessions (id, user_id, ip, user_agent, expires_at)
     VALUES ($1, $2, $3, $4, now() + make_interval(days => $5)) RETURNING expires_at`,
    [id, user.id, origin.ip, userAgent, SESSION_DAYS],
  );
  // A device the user has not signed in from before: they are told (a stolen password shows itself).
  if (!known) {
    const payload: NewDeviceSignedInPayload = {
      userId: user.id,
      companyId: user.companyId,
      sessionId: id,
      userAgent,
      ip: origin.ip,
      at: new Date().toISOString(),
    };
    await publish(tx, {
      stream: `user:${user.id}`,
      type: NEW_DEVICE_SIGNED_IN,
      companyId: user.companyId,
      payload,
    });
  }
  return tokenPair(tx, signToken, user, { id, expiresAt: new Date(expires_at) });
}

const invalidRefresh = () => unauthenticated('Invalid or expired refresh token; sign in again');

/**
 * Trades a refresh token for a new pair. Each refresh token works once: presenting a used one means it was
 * copied, so the whole session (every token of the family) is revoked.
 */
export async function refreshSession(
  db: DataSource,
  signToken: TokenSigner,
  refreshToken: string,
  origin: RequestOrigin,
  userById: (tx: EntityManager, id: string) => Promise<User | null>,
): Promise<SignedIn> {
  const hash = hashSecret(refreshToken);
  const outcome = await db.transaction(async (tx) => {
    const [row] = await tx.query(
      `SELECT t.used_at, s.id AS session_id, s.user_id, s.expires_at, s.revoked_at
       FROM refresh_tokens t JOIN sessions s ON s.id = t.session_id
       WHERE t.token_hash = $1 FOR UPDATE OF t, s`,
      [hash],
    );
    if (!row || row.revoked_at || new Date(row.expires_at) <= new Date()) return null;
    if (row.used_at) {
      await revokeSessions(tx, { sessionId: row.session_id }, 'REFRESH_TOKEN_REUSED');
      return 'reused' as const;
    }
    const user = await userById(tx, row.user_id);
    if (!user || user.blockedAt) return null;
    await tx.query('UPDATE refresh_tokens SET used_at = now() WHERE token_hash = $1', [hash]);
    await tx.query('UPDATE sessions SET last_seen_at = now(), ip = $2, user_agent = $3 WHERE id = $1', [
      row.session_id,
      origin.ip,
      userAgentOf(origin),
    ]);
    return tokenPair(tx, signToken, user, { id: row.session_id, expiresAt: new Date(row.expires_at) });
  });
  // The revocation above is committed; only then refuse.
  if (outcome === null || outcome === 'reused') throw invalidRefresh();
  return outcome;
}

export type SessionFilter = { sessionId: string } | { userId: string };

/** Ends sessions at once: their refresh tokens stop working; access tokens already issued lapse within their TTL. */
export async function revokeSessions(
  tx: EntityManager,
  filter: SessionFilter,
  reason: string,
): Promise<number> {
  const rows = await tx.query(
    `WITH revoked AS (
       UPDATE sessions SET revoked_at = now(), revoked_reason = $3
       WHERE revoked_at IS NULL AND (id = $1 OR user_id = $2)
       RETURNING id
     ) SELECT count(*)::int AS n FROM revoked`,
    'sessionId' in filter ? [filter.sessionId, null, reason] : [null, filter.userId, reason],
  );
  return rows[0].n;
}
