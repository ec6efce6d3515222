import type { Resolvers, TokenSigner } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { loginResolvers } from './login';
import { userResolvers } from './user';

export const createResolvers = (signToken: TokenSigner): Resolvers<Loaders> => ({
  ...userResolvers,
  Mutation: { ...loginResolvers(signToken).Mutation },
});
