import { assertValid, type FieldProblem, type TokenSigner, unauthenticated } from '@kabinet/kit';
import { User } from '../data/entities';
import { passwordMatches } from '../data/passwords';
import type { Context } from './context';

export interface LoginInput {
  login: string;
  password: string;
}

const required = (value: string, field: string): FieldProblem[] =>
  value.trim() === '' ? [{ field, message: 'is required' }] : [];

export const loginResolvers = (signToken: TokenSigner) => ({
  Mutation: {
    async login(_: unknown, { input }: { input: LoginInput }, ctx: Context) {
      assertValid([...required(input.login, 'login'), ...required(input.password, 'password')]);
      const user = await ctx.db
        .getRepository(User)
        .createQueryBuilder('u')
        .where('lower(u.login) = lower(:login)', { login: input.login.trim() })
        .getOne();
      // The same error, and the same work, whether the login is unknown or the password wrong.
      if (!(await passwordMatches(user?.passwordHash, input.password)) || !user) {
        throw unauthenticated('Invalid login or password');
      }
      const { token, expiresAt } = await signToken({
        userId: user.id,
        companyId: user.companyId,
        role: user.role,
      });
      return { accessToken: token, tokenType: 'Bearer', expiresAt, user };
    },
  },
});
