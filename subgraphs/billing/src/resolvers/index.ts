import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { ledgerResolvers } from './ledger';
import { personalAccountResolvers } from './personal-account';
import { subscriptionResolvers } from './subscription';

export const resolvers = mergeResolvers<Loaders>(
  ledgerResolvers,
  personalAccountResolvers,
  subscriptionResolvers,
);
