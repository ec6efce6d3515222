import { randomUUID, timingSafeEqual } from 'node:crypto';
import { badInput, isUuid, type Logger, type Message, preconditionFailed, sendMessage } from '@kabinet/kit';
import type { DataSource, EntityManager } from 'typeorm';
import { hashSecret, newCode } from './secrets';

export type ChallengePurpose = 'LOGIN_SMS' | 'PASSWORD_CHANGE' | 'PASSWORD_RESET' | 'CONTACT_CHANGE';

/** Wrong codes a challenge survives; the next one ends it. */
export const MAX_CODE_ATTEMPTS = 5;
export const LIFETIME_MINUTES: Record<ChallengePurpose, number> = {
  LOGIN_SMS: 5,
  PASSWORD_RESET: 5,
  CONTACT_CHANGE: 5,
  PASSWORD_CHANGE: 15,
};

export interface Challenge {
  id: string;
  userId: string;
  purpose: ChallengePurpose;
  details: Record<string, string>;
  expiresAt: Date;
}

const codeHash = (challengeId: string, code: string) => hashSecret(`${challengeId}:${code}`);

/** Starts a challenge; with `withCode`, returns the code to send (only its hash is stored). */
export async function createChallenge(
  tx: EntityManager,
  options: { userId: string; purpose: ChallengePurpose; withCode: boolean; details?: Record<string, string> },
): Promise<{ id: string; code: string | null; expiresAt: Date }> {
  const id = randomUUID();
  const code = options.withCode ? newCode() : null;
  const [{ expires_at }] = await tx.query(
    `INSERT INTO challenges (id, user_id, purpose, code_hash, details, expires_at)
     VALUES ($1, $2, $3, $4, $5, now() + make_interval(mins => $6)) RETURNING expires_at`,
    [
      id,
      options.userId,
      options.purpose,
      code && codeHash(id, code),
      options.details ?? {},
      LIFETIME_MINUTES[options.purpose],
    ],
  );
  return { id, code, expiresAt: new Date(expires_at) };
}

/**
 * Starts a challenge whose code goes out by SMS or e-mail, in the same transaction; `text` words the message
 * around the code. The code leaves only in the message: the challenge keeps its hash.
 */
export async function challengeByMessage(
  tx: EntityManager,
  log: Logger,
  options: {
    userId: string;
    purpose: ChallengePurpose;
    details?: Record<string, string>;
    message: Omit<Message, 'text'> & { text(code: string): string };
  },
): Promise<{ id: string; expiresAt: Date }> {
  const { message, ...challenge } = options;
  const { id, code, expiresAt } = await createChallenge(tx, { ...challenge, withCode: true });
  await sendMessage(tx, log, {
    channel: message.channel,
    to: message.to,
    text: message.text(code as string),
  });
  return { id, expiresAt };
}

const gone = () => preconditionFailed('This code has expired or was already used; start again');

/**
 * Completes a challenge: checks it is live and (when it has one) the code, then marks it used in `tx`, so
 * it works once. Every try at a code is counted first, in its own statement (an error rolls `tx` back, the
 * count stays); the fifth wrong code ends the challenge.
 */
export async function completeChallenge(
  db: DataSource,
  tx: EntityManager,
  id: string,
  purpose: ChallengePurpose,
  code?: string,
  /** For a signed-in user's own challenges: anyone else's is as good as absent (and costs it no attempt). */
  ownerId?: string,
): Promise<Challenge> {
  if (!isUuid(id)) throw gone();
  const [row] = await db.query(
    `WITH tried AS (
       UPDATE challenges SET attempts = attempts + (code_hash IS NOT NULL)::int
       WHERE id = $1 AND purpose = $2 AND used_at IS NULL AND expires_at > now() AND attempts < $3
         AND ($4::uuid IS NULL OR user_id = $4)
       RETURNING user_id, code_hash, attempts, details, expires_at
     ) SELECT * FROM tried`,
    [id, purpose, MAX_CODE_ATTEMPTS, ownerId ?? null],
  );
  if (!row) throw gone();
  if (
    row.code_hash !== null &&
    !timingSafeEqual(Buffer.from(codeHash(id, code ?? '')), Buffer.from(row.code_hash))
  ) {
    const left = MAX_CODE_ATTEMPTS - row.attempts;
    if (left === 0) throw gone();
    throw badInput([{ field: 'code', message: `is wrong; ${left} attempt${left === 1 ? '' : 's'} left` }]);
  }
  const used = await tx.query(
    'WITH used AS (UPDATE challenges SET used_at = now() WHERE id = $1 AND used_at IS NULL RETURNING id) SELECT * FROM used',
    [id],
  );
  if (used.length === 0) throw gone();
  return { id, userId: row.user_id, purpose, details: row.details, expiresAt: new Date(row.expires_at) };
}
