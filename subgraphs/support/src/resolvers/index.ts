import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { newsResolvers } from './news';

export const resolvers = mergeResolvers<Loaders>(newsResolvers);
