import { newsResolvers } from './news';

export const resolvers = {
  ...newsResolvers,
};
