import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import { orderResolvers } from './order';
import { serviceResolvers } from './service';
import { tariffResolvers } from './tariff';

export const resolvers = mergeResolvers<Loaders>(tariffResolvers, serviceResolvers, orderResolvers);
