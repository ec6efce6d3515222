import { serviceResolvers } from './service';
import { tariffResolvers } from './tariff';

export const resolvers = {
  ...tariffResolvers,
  ...serviceResolvers,
};
