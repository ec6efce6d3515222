import type { Resolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { accountGroupResolvers } from './account-group';
import { companyResolvers } from './company';
import { mutationResolvers } from './mutation';
import { personalAccountResolvers } from './personal-account';
import { queryResolvers } from './query';

export const resolvers: Resolvers<Loaders> = {
  ...queryResolvers,
  ...mutationResolvers,
  ...companyResolvers,
  ...accountGroupResolvers,
  ...personalAccountResolvers,
};
