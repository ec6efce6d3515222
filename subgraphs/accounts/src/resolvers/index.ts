import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { accountGroupResolvers } from './account-group';
import { bulkResolvers } from './bulk';
import { companyResolvers } from './company';
import { personalAccountResolvers } from './personal-account';
import { requisitesResolvers } from './requisites';

export const resolvers = mergeResolvers<Loaders>(
  companyResolvers,
  accountGroupResolvers,
  personalAccountResolvers,
  requisitesResolvers,
  bulkResolvers,
);
