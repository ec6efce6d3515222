import type { Resolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { newsResolvers } from './news';

export const resolvers: Resolvers<Loaders> = {
  ...newsResolvers,
};
