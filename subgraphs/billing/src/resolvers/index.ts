import { personalAccountResolvers } from './personal-account';

export const resolvers = {
  ...personalAccountResolvers,
};
