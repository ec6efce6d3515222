import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import type { Billing } from '../runtime';
import { balanceChangeResolvers } from './balance-changes';
import { ledgerResolvers } from './ledger';
import { personalAccountResolvers } from './personal-account';

export const createResolvers = (billing: Billing) =>
  mergeResolvers<Loaders>(ledgerResolvers(billing), personalAccountResolvers, balanceChangeResolvers);
