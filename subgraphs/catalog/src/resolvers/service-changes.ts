import { companyScope, type Role, requireRole } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Service } from '../data/entities';
import type {
  MutationChangeTariffArgs,
  MutationConnectOptionArgs,
  MutationDisconnectOptionArgs,
  MutationResumeServiceArgs,
  MutationSuspendServiceArgs,
  MutationTerminateServiceArgs,
} from '../generated/schema';
import type { Catalog } from '../runtime';
import { changeTariff, terminateService } from '../services/changes';
import { freezeService, unfreezeService } from '../services/freezes';
import { connectOption, disconnectOption } from '../services/options';
import type { Context } from './context';
import { visibleService } from './visible';

/** Who may make a change that costs money: the company's administrator, and operator staff for them. */
export const CHANGERS = ['ADMIN', 'OPERATOR'] as const;
/** Who may make one that costs nothing (a freeze, dropping an option): the accountant too. */
export const SAVERS = ['ADMIN', 'ACCOUNTANT', 'OPERATOR'] as const;

/**
 * Runs a change of a service the caller may see, in one transaction, archived under the company's name (staff's
 * changes too). `change` gets the caller's company scope (null for staff) and the catalog's now.
 */
export async function changeService(
  ctx: Context,
  catalog: Catalog,
  roles: readonly Role[],
  serviceId: string,
  change: (tx: EntityManager, scope: string | null, now: Date) => Promise<Service>,
) {
  const viewer = requireRole(ctx.viewer, roles);
  const seen = await visibleService(ctx, serviceId);
  ctx.audit.companyId = seen.companyId;
  const service = await ctx.db.transaction((tx) => change(tx, companyScope(viewer), catalog.clock.now()));
  return { service };
}

/** Changes customers make to their connected services themselves. */
export const serviceChangeResolvers = (catalog: Catalog) => ({
  Mutation: {
    changeTariff: (_: unknown, { input }: MutationChangeTariffArgs, ctx: Context) =>
      changeService(ctx, catalog, CHANGERS, input.serviceId, (tx, scope, now) =>
        changeTariff(tx, scope, input, now),
      ),
    terminateService: (_: unknown, { input }: MutationTerminateServiceArgs, ctx: Context) =>
      changeService(ctx, catalog, CHANGERS, input.serviceId, (tx, scope, now) =>
        terminateService(tx, scope, input, now),
      ),
    suspendService: (_: unknown, { input }: MutationSuspendServiceArgs, ctx: Context) =>
      changeService(ctx, catalog, SAVERS, input.serviceId, (tx, scope, now) =>
        freezeService(tx, scope, input, now),
      ),
    resumeService: (_: unknown, { input }: MutationResumeServiceArgs, ctx: Context) =>
      changeService(ctx, catalog, SAVERS, input.serviceId, (tx, scope, now) =>
        unfreezeService(tx, scope, input.serviceId, now),
      ),
    connectOption: (_: unknown, { input }: MutationConnectOptionArgs, ctx: Context) =>
      changeService(ctx, catalog, CHANGERS, input.serviceId, (tx, scope, now) =>
        connectOption(tx, scope, input, now),
      ),
    disconnectOption: (_: unknown, { input }: MutationDisconnectOptionArgs, ctx: Context) =>
      changeService(ctx, catalog, SAVERS, input.serviceId, (tx, scope, now) =>
        disconnectOption(tx, scope, input, now),
      ),
  },
});
