import type { TokenSigner } from '@kabinet/kit';
import { loginResolvers } from './login';
import { userResolvers } from './user';

export const createResolvers = (signToken: TokenSigner) => ({
  ...userResolvers,
  Mutation: { ...loginResolvers(signToken).Mutation },
});
