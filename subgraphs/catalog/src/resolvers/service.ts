import { money, notFound, visibleCompany } from '@kabinet/kit';
import type { Service, ServiceKind } from '../data/entities';
import { CREDIT_LIMIT_SUSPENSION } from '../events/credit-limits';
import type { PersonalAccountServicesArgs } from '../generated/schema';
import type { PlannedChangeRow } from '../loaders';
import { FREEZE } from '../services/freezes';
import type { Context } from './context';

/** How the API names why the catalog suspended a service. */
const SUSPENSION_REASONS: Record<string, string> = {
  [FREEZE]: 'FREEZE',
  [CREDIT_LIMIT_SUSPENSION]: 'DEBT',
};

/** Most services listed per kind in Company.services: the account lists page the rest. */
const SERVICES_PER_KIND = 100;

export const serviceResolvers = {
  Service: {
    async __resolveReference(ref: { id: string }, ctx: Context) {
      return (await ctx.loaders.service.load(ref.id)) ?? notFound('Service');
    },
    kind: async (service: Service, _args: unknown, ctx: Context) =>
      (await ctx.loaders.tariff.load(service.tariffId))?.kind,
    suspendedFor: (service: Service) =>
      service.status === 'SUSPENDED' ? (SUSPENSION_REASONS[service.suspendedFor ?? ''] ?? 'OPERATOR') : null,
    tariff: (service: Service, _args: unknown, ctx: Context) => ctx.loaders.tariff.load(service.tariffId),
    options: (service: Service, _args: unknown, ctx: Context) =>
      ctx.loaders.optionsOfService.load(service.id),
    monthlyCost: async (service: Service, _args: unknown, ctx: Context) =>
      money(await ctx.loaders.monthlyCost.load(service.id)),
    account: (service: Service) => ({ id: service.accountId }),
    plannedChanges: (service: Service, _args: unknown, ctx: Context) =>
      ctx.loaders.plannedChanges.load(service.id),
    testPeriodEndsOn: (service: Service) => service.testEndsOn,
    quotaGb: (service: Service) => service.quotaGb,
    usedGb: (service: Service) => (service.quotaGb === null ? null : service.usedGb),
  },
  PlannedChange: {
    tariff: (change: PlannedChangeRow, _args: unknown, ctx: Context) =>
      change.tariffId ? ctx.loaders.tariff.load(change.tariffId) : null,
  },
  PersonalAccount: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    services: (account: { id: string }, { filter }: PersonalAccountServicesArgs, ctx: Context) =>
      ctx.loaders.servicesOfAccount.load({
        accountId: account.id,
        kind: filter?.kind ?? null,
        status: filter?.status ?? null,
      }),
    orders: (account: { id: string }, _args: unknown, ctx: Context) =>
      ctx.loaders.ordersOfAccount.load(account.id),
  },
  AccountGroup: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    serviceCounts: async (group: { id: string }, _args: unknown, ctx: Context) =>
      (await ctx.loaders.serviceCountsOfGroup.load(group.id)).map(({ kind, count }) => ({ kind, count })),
  },
  Company: {
    __resolveReference: (ref: { id: string }) => ({ id: ref.id }),
    async accountsByServiceKind(company: { id: string }, _args: unknown, ctx: Context) {
      const services = await ctx.loaders.servicesOfCompany.load(visibleCompany(company, ctx.viewer).id);
      const byKind = new Map<ServiceKind, Set<string>>();
      for (const service of services)
        byKind.set(service.kind, (byKind.get(service.kind) ?? new Set()).add(service.accountId));
      return [...byKind].map(([kind, accounts]) => ({
        kind,
        count: accounts.size,
        accounts: [...accounts].slice(0, SERVICES_PER_KIND).map((id) => ({ id })),
      }));
    },
    async services(company: { id: string }, _args: unknown, ctx: Context) {
      const services = await ctx.loaders.servicesOfCompany.load(visibleCompany(company, ctx.viewer).id);
      const byKind = new Map<ServiceKind, typeof services>();
      for (const service of services)
        byKind.set(service.kind, [...(byKind.get(service.kind) ?? []), service]);
      const costs = await ctx.loaders.monthlyCost.loadMany(services.map((s) => s.id));
      const cost = new Map(services.map((s, i) => [s.id, costs[i] as bigint]));
      return [...byKind].map(([kind, ofKind]) => ({
        kind,
        count: ofKind.length,
        monthlyCost: money(ofKind.reduce((sum, s) => sum + (cost.get(s.id) ?? 0n), 0n)),
        services: ofKind.slice(0, SERVICES_PER_KIND),
      }));
    },
  },
};
