import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { balanceChangeResolvers } from './balance-changes';
import { ledgerResolvers } from './ledger';
import { personalAccountResolvers } from './personal-account';

export const resolvers = mergeResolvers<Loaders>(
  ledgerResolvers,
  personalAccountResolvers,
  balanceChangeResolvers,
);
