import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import type { Catalog } from '../runtime';
import { orderResolvers } from './order';
import { serviceResolvers } from './service';
import { serviceChangeResolvers } from './service-changes';
import { tariffResolvers } from './tariff';

export const createResolvers = (catalog: Catalog) =>
  mergeResolvers<Loaders>(
    tariffResolvers,
    serviceResolvers,
    serviceChangeResolvers(catalog),
    orderResolvers(catalog),
  );
