import { randomUUID } from 'node:crypto';
import { assertValid, badInput, LOGIN_FORMAT, type TokenSigner, textProblems } from '@kabinet/kit';
import { clearFailures } from '../auth/attempts';
import { challengeByMessage, completeChallenge, LIFETIME_MINUTES } from '../auth/challenges';
import { nextLoginStep } from '../auth/next-step';
import { PASSWORD_MAX, passwordProblems } from '../auth/password-policy';
import { revokeSessions } from '../auth/sessions';
import { throttle } from '../auth/throttle';
import type { User } from '../data/entities';
import { passwordMatches } from '../data/passwords';
import { activeUser, findUserByLogin, loginKey, setPassword } from '../data/users';
import type { ChangePasswordInput, ResetPasswordInput } from '../generated/schema';
import { actingUser } from '../users/acting-user';
import type { Context } from './context';

async function assertAcceptable(user: User, password: string) {
  assertValid(passwordProblems(password, user.login));
  if (await passwordMatches(user.passwordHash, password)) {
    assertValid([{ field: 'newPassword', message: 'must differ from the current password' }]);
  }
}

export const passwordResolvers = (signToken: TokenSigner) => ({
  Mutation: {
    async changePassword(_: unknown, { input }: { input: ChangePasswordInput }, ctx: Context) {
      const forced = input.challengeId != null;
      if (forced === (input.currentPassword != null)) {
        assertValid([{ field: 'challengeId', message: 'give either challengeId or currentPassword' }]);
      }
      assertValid(textProblems('currentPassword', input.currentPassword, { max: PASSWORD_MAX }));
      return ctx.db.transaction(async (tx) => {
        let user: User;
        if (forced) {
          const challenge = await completeChallenge(
            ctx.db,
            tx,
            input.challengeId as string,
            'PASSWORD_CHANGE',
          );
          user = await activeUser(tx, challenge.userId);
        } else {
          user = (await actingUser(tx, ctx.viewer)).user;
          if (!(await passwordMatches(user.passwordHash, input.currentPassword as string))) {
            throw badInput([{ field: 'currentPassword', message: 'is wrong' }]);
          }
        }
        Object.assign(ctx.audit, { actorId: user.id, companyId: user.companyId });
        await assertAcceptable(user, input.newPassword);
        const changed = await setPassword(tx, user, input.newPassword);
        await revokeSessions(tx, { userId: user.id }, 'PASSWORD_CHANGED');
        // A forced change continues the sign-in (SMS code next, if enabled); a signed-in user already passed it.
        return nextLoginStep(tx, { signToken, log: ctx.log, origin: ctx.origin }, changed, !forced);
      });
    },
    async requestPasswordReset(_: unknown, args: { login: string }, ctx: Context) {
      // No login is longer, and the throttle keeps the name it is given.
      assertValid(textProblems('login', args.login, { max: LOGIN_FORMAT.max }));
      // Per login name (known or not, so the limit reveals nothing) and per address: no SMS flooding.
      await throttle(ctx.db, [
        { key: `reset:login:${loginKey(args.login)}`, max: 3, minutes: 15 },
        { key: `reset:ip:${ctx.origin.ip}`, max: 10, minutes: 15 },
      ]);
      return ctx.db.transaction(async (tx) => {
        const user = await findUserByLogin(tx, args.login);
        if (!user?.phone || user.blockedAt) {
          // Looks like any other answer; no challenge exists, so no code will ever be accepted.
          const expiresAt = new Date(Date.now() + LIFETIME_MINUTES.PASSWORD_RESET * 60_000);
          return { id: randomUUID(), expiresAt, sentTo: null };
        }
        const { id, expiresAt } = await challengeByMessage(tx, ctx.log, {
          userId: user.id,
          purpose: 'PASSWORD_RESET',
          message: {
            channel: 'SMS',
            to: user.phone,
            text: (code) =>
              `Kabinet: код для смены пароля ${code}. Если это не вы, сообщите своему менеджеру.`,
          },
        });
        return { id, expiresAt, sentTo: null };
      });
    },
    async resetPassword(_: unknown, { input }: { input: ResetPasswordInput }, ctx: Context) {
      return ctx.db.transaction(async (tx) => {
        const challenge = await completeChallenge(
          ctx.db,
          tx,
          input.challengeId,
          'PASSWORD_RESET',
          input.code,
        );
        const user = await activeUser(tx, challenge.userId);
        Object.assign(ctx.audit, { actorId: user.id, companyId: user.companyId });
        await assertAcceptable(user, input.newPassword);
        await setPassword(tx, user, input.newPassword);
        const revoked = await revokeSessions(tx, { userId: user.id }, 'PASSWORD_RESET');
        await clearFailures(ctx.db, loginKey(user.login));
        return { revoked };
      });
    },
  },
});
