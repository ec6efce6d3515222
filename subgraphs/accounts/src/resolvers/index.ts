import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { accountGroupResolvers } from './account-group';
import { companyResolvers } from './company';
import { mutationResolvers } from './mutation';
import { personalAccountResolvers } from './personal-account';
import { queryResolvers } from './query';

export const resolvers = mergeResolvers<Loaders>(
  queryResolvers,
  mutationResolvers,
  companyResolvers,
  accountGroupResolvers,
  personalAccountResolvers,
);
