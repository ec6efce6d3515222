import { accountGroupResolvers } from './account-group';
import { companyResolvers } from './company';
import { mutationResolvers } from './mutation';
import { personalAccountResolvers } from './personal-account';
import { queryResolvers } from './query';

export const resolvers = {
  ...queryResolvers,
  ...mutationResolvers,
  ...companyResolvers,
  ...accountGroupResolvers,
  ...personalAccountResolvers,
};
