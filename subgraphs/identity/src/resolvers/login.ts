import {
  assertValid,
  LOGIN_FORMAT,
  requireViewer,
  type TokenSigner,
  textProblems,
  unauthenticated,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { attemptFailed, attemptSucceeded, countAttempt } from '../auth/attempts';
import { completeChallenge } from '../auth/challenges';
import { nextLoginStep, signedIn } from '../auth/next-step';
import { PASSWORD_MAX } from '../auth/password-policy';
import { refreshSession, revokeSessions } from '../auth/sessions';
import { passwordMatches } from '../data/passwords';
import { activeUser, findUserById, findUserByLogin, loginKey } from '../data/users';
import type { LoginInput } from '../generated/schema';
import type { Context } from './context';

export const loginResolvers = (signToken: TokenSigner) => ({
  Mutation: {
    async login(_: unknown, { input }: { input: LoginInput }, ctx: Context) {
      // No login or password is longer, and every attempt keeps the login name it was given.
      assertValid([
        ...textProblems('login', input.login, { min: 1, max: LOGIN_FORMAT.max }),
        ...textProblems('password', input.password, { min: 1, max: PASSWORD_MAX }),
      ]);
      const key = loginKey(input.login);
      const attempt = await countAttempt(ctx.db, key, ctx.origin.ip);
      const user = await findUserByLogin(ctx.db.manager, key);
      // The archive names the user tried, and their company, whether or not the password was right.
      if (user) Object.assign(ctx.audit, { actorId: user.id, companyId: user.companyId });
      // The same error, and the same work, whether the login is unknown or the password wrong.
      if (!(await passwordMatches(user?.passwordHash, input.password)) || !user) {
        await attemptFailed(ctx.db, attempt);
        throw unauthenticated('Invalid login or password');
      }
      await attemptSucceeded(ctx.db, key, attempt);
      // Read again in the transaction: a user blocked during the (deliberately slow) hash check is refused.
      return ctx.db.transaction(async (tx) =>
        nextLoginStep(tx, { signToken, log: ctx.log, origin: ctx.origin }, await activeUser(tx, user.id)),
      );
    },
    async verifyLoginCode(_: unknown, args: { challengeId: string; code: string }, ctx: Context) {
      return ctx.db.transaction(async (tx) => {
        const challenge = await completeChallenge(ctx.db, tx, args.challengeId, 'LOGIN_SMS', args.code);
        const user = await activeUser(tx, challenge.userId);
        Object.assign(ctx.audit, { actorId: user.id, companyId: user.companyId });
        return nextLoginStep(tx, { signToken, log: ctx.log, origin: ctx.origin }, user, true);
      });
    },
    async refreshSession(_: unknown, args: { refreshToken: string }, ctx: Context) {
      // Its transaction commits a revocation even when the refresh fails: archived once the outcome is known.
      ctx.audit.pending = undefined;
      // The archive names the session's user (known inside refreshSession's transaction).
      const userOf = async (tx: EntityManager, id: string) => {
        const user = await findUserById(tx, id);
        if (user) Object.assign(ctx.audit, { actorId: user.id, companyId: user.companyId });
        return user;
      };
      return signedIn(await refreshSession(ctx.db, signToken, args.refreshToken, ctx.origin, userOf));
    },
    async logout(_: unknown, _args: unknown, ctx: Context) {
      const { sessionId } = requireViewer(ctx.viewer);
      if (!sessionId) return { revoked: 0 };
      return ctx.db.transaction(async (tx) => ({
        revoked: await revokeSessions(tx, { sessionId }, 'LOGOUT'),
      }));
    },
  },
});
