import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import type { Catalog } from '../runtime';
import { freephoneResolvers } from './freephone';
import { offeringResolvers } from './offerings';
import { orderResolvers } from './orders';
import { serviceResolvers } from './service';
import { serviceChangeResolvers } from './service-changes';
import { storageResolvers } from './storage';
import { technicianCallResolvers } from './technician-calls';

export const createResolvers = (catalog: Catalog) =>
  mergeResolvers<Loaders>(
    offeringResolvers(catalog),
    serviceResolvers,
    serviceChangeResolvers(catalog),
    orderResolvers(catalog),
    freephoneResolvers(catalog),
    storageResolvers(catalog),
    technicianCallResolvers(catalog),
  );
