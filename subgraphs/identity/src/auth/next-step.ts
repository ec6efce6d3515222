import type { Logger, RequestOrigin, TokenSigner } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { User } from '../data/entities';
import { challengeByMessage, createChallenge } from './challenges';
import { maskPhone } from './messages';
import { type SignedIn, startSession } from './sessions';

export type LoginResult =
  | ({ status: 'SIGNED_IN'; tokenType: 'Bearer' } & SignedIn)
  | {
      status: 'PASSWORD_CHANGE_REQUIRED' | 'SMS_CODE_REQUIRED';
      challenge: { id: string; expiresAt: Date; sentTo: string | null };
    };

export const signedIn = (session: SignedIn): LoginResult => ({
  status: 'SIGNED_IN',
  tokenType: 'Bearer',
  ...session,
});

/**
 * What a user who proved their password gets next: a forced password change, then the SMS code when they
 * enabled it (unless `smsDone`), then a session.
 */
export async function nextLoginStep(
  tx: EntityManager,
  deps: { signToken: TokenSigner; log: Logger; origin: RequestOrigin },
  user: User,
  smsDone = false,
): Promise<LoginResult> {
  if (user.mustChangePassword) {
    const { id, expiresAt } = await createChallenge(tx, {
      userId: user.id,
      purpose: 'PASSWORD_CHANGE',
      withCode: false,
    });
    return { status: 'PASSWORD_CHANGE_REQUIRED', challenge: { id, expiresAt, sentTo: null } };
  }
  if (user.smsLogin && user.phone && !smsDone) {
    const { id, expiresAt } = await challengeByMessage(tx, deps.log, {
      userId: user.id,
      purpose: 'LOGIN_SMS',
      message: {
        channel: 'SMS',
        to: user.phone,
        text: (code) => `Kabinet: код для входа ${code}. Никому его не сообщайте.`,
      },
    });
    return { status: 'SMS_CODE_REQUIRED', challenge: { id, expiresAt, sentTo: maskPhone(user.phone) } };
  }
  return signedIn(await startSession(tx, deps.signToken, user, deps.origin));
}
