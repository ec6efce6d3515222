import type { Resolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { orderResolvers } from './order';
import { serviceResolvers } from './service';
import { tariffResolvers } from './tariff';

export const resolvers: Resolvers<Loaders> = {
  ...tariffResolvers,
  ...serviceResolvers,
  ...orderResolvers,
  Query: { ...tariffResolvers.Query, ...orderResolvers.Query },
};
