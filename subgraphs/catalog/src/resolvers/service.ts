import { notFound } from '@kabinet/kit';
import type { Service } from '../data/entities';
import type { Context } from './context';

export const serviceResolvers = {
  Service: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.service.load(ref.id)) ?? notFound('Service');
    },
    tariff: (service: Service, _args: unknown, ctx: Context) => ctx.loaders.tariff.load(service.tariffId),
    account: (service: Service) => ({ id: service.accountId }),
  },
  PersonalAccount: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    services: (account: { id: string }, _args: unknown, ctx: Context) =>
      ctx.loaders.servicesOfAccount.load(account.id),
    orders: (account: { id: string }, _args: unknown, ctx: Context) =>
      ctx.loaders.ordersOfAccount.load(account.id),
  },
};
