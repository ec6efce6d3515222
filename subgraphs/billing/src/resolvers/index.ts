import type { Resolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { ledgerResolvers } from './ledger';
import { personalAccountResolvers } from './personal-account';
import { subscriptionResolvers } from './subscription';

export const resolvers: Resolvers<Loaders> = {
  ...ledgerResolvers,
  ...personalAccountResolvers,
  ...subscriptionResolvers,
};
