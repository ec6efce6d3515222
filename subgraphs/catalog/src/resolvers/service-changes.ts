import { companyScope, isUuid, notFound, requireRole } from '@kabinet/kit';
import type {
  MutationChangeTariffArgs,
  MutationResumeServiceArgs,
  MutationSuspendServiceArgs,
  MutationTerminateServiceArgs,
} from '../generated/schema';
import type { Catalog } from '../runtime';
import { changeTariff, terminateService } from '../services/changes';
import { freezeService, unfreezeService } from '../services/freezes';
import type { Context } from './context';

/** Who may change a connected service: the company's administrator, and operator staff for them. */
const CHANGERS = ['ADMIN', 'OPERATOR'] as const;
/** Who may freeze one (it costs nothing): the accountant too. */
const FREEZERS = ['ADMIN', 'ACCOUNTANT', 'OPERATOR'] as const;

/** A service the caller may see (their company's, on their access list), or NOT_FOUND. */
async function visibleService(ctx: Context, serviceId: string) {
  if (!isUuid(serviceId) || !(await ctx.loaders.service.load(serviceId))) throw notFound('Service');
}

/** Changes customers make to their connected services themselves. */
export const serviceChangeResolvers = (catalog: Catalog) => ({
  Mutation: {
    async changeTariff(_: unknown, { input }: MutationChangeTariffArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, CHANGERS);
      await visibleService(ctx, input.serviceId);
      const service = await ctx.db.transaction(async (tx) => {
        const changed = await changeTariff(tx, companyScope(viewer), input, catalog.clock.now());
        ctx.audit.companyId = changed.companyId; // staff's changes are archived under the company's name
        return changed;
      });
      return { service };
    },
    async terminateService(_: unknown, { input }: MutationTerminateServiceArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, CHANGERS);
      await visibleService(ctx, input.serviceId);
      const service = await ctx.db.transaction(async (tx) => {
        const ended = await terminateService(tx, companyScope(viewer), input.serviceId, catalog.clock.now());
        ctx.audit.companyId = ended.companyId;
        return ended;
      });
      return { service };
    },
    async suspendService(_: unknown, { input }: MutationSuspendServiceArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, FREEZERS);
      await visibleService(ctx, input.serviceId);
      const service = await ctx.db.transaction(async (tx) => {
        const frozen = await freezeService(tx, companyScope(viewer), input, catalog.clock.now());
        ctx.audit.companyId = frozen.companyId;
        return frozen;
      });
      return { service };
    },
    async resumeService(_: unknown, { input }: MutationResumeServiceArgs, ctx: Context) {
      const viewer = requireRole(ctx.viewer, FREEZERS);
      await visibleService(ctx, input.serviceId);
      const service = await ctx.db.transaction(async (tx) => {
        const resumed = await unfreezeService(tx, companyScope(viewer), input.serviceId, catalog.clock.now());
        ctx.audit.companyId = resumed.companyId;
        return resumed;
      });
      return { service };
    },
  },
});
