import { requireRole, STAFF_ROLES } from '@kabinet/kit';
import { throttle } from '../auth/throttle';
import type {
  RegistrationApplicationInput,
  ReviewRegistrationApplicationInput as ReviewInput,
} from '../generated/schema';
import {
  type ApplicationRow,
  type ApplicationStatus,
  applicationPage,
  applicationStatus,
  reviewApplication,
  submitApplication,
} from '../registration/applications';
import type { DocumentKind } from '../registration/documents';
import { createUpload } from '../uploads/uploads';
import { actingUser } from '../users/acting-user';
import type { Context } from './context';

/** Status lookups per address an hour: plenty to follow one's applications, few to go through numbers. */
const STATUS_LOOKUPS_PER_HOUR = 30;

export const registrationResolvers = {
  Query: {
    async registrationApplicationStatus(
      _: unknown,
      args: { number: string; statusToken: string },
      ctx: Context,
    ) {
      await throttle(ctx.db, [
        { key: `status:ip:${ctx.origin.ip}`, max: STATUS_LOOKUPS_PER_HOUR, minutes: 60 },
      ]);
      return applicationStatus(ctx.db.manager, args.number, args.statusToken);
    },
    registrationApplications(
      _: unknown,
      args: {
        status?: ApplicationStatus | null;
        prospect?: boolean | null;
        first?: number | null;
        after?: string | null;
      },
      ctx: Context,
    ) {
      requireRole(ctx.viewer, STAFF_ROLES);
      return applicationPage(ctx.db.manager, args.status, args.first, args.after, args.prospect);
    },
  },
  Mutation: {
    async createUpload(_: unknown, args: { kind: DocumentKind }, ctx: Context) {
      await throttle(ctx.db, [{ key: `upload:ip:${ctx.origin.ip}`, max: 60, minutes: 60 }]);
      return ctx.db.transaction((tx) => createUpload(tx, args.kind));
    },
    async submitRegistrationApplication(
      _: unknown,
      { input }: { input: RegistrationApplicationInput },
      ctx: Context,
    ) {
      await throttle(ctx.db, [{ key: `apply:ip:${ctx.origin.ip}`, max: 10, minutes: 60 }]);
      return ctx.db.transaction((tx) => submitApplication(tx, input, ctx.origin));
    },
    reviewRegistrationApplication(_: unknown, { input }: { input: ReviewInput }, ctx: Context) {
      requireRole(ctx.viewer, ['MANAGER', 'OPERATOR']);
      return ctx.db.transaction(async (tx) => {
        // Approval creates a company's first administrator: only staff who are still staff, now.
        const { viewer } = await actingUser(tx, ctx.viewer);
        return reviewApplication(tx, ctx, requireRole(viewer, ['MANAGER', 'OPERATOR']), input);
      });
    },
  },
  RegistrationApplication: {
    kpp: (a: ApplicationRow) => a.details.kpp,
    legalAddress: (a: ApplicationRow) => a.details.legalAddress,
    region: (a: ApplicationRow) => a.details.region,
    locality: (a: ApplicationRow) => a.details.locality,
    representative: (a: ApplicationRow) => a.details.representative,
    contractNumber: (a: ApplicationRow) => a.details.contractNumber,
    accountNumbers: (a: ApplicationRow) => a.details.accountNumbers ?? [],
    prospect: (a: ApplicationRow) => a.prospect,
    serviceInterest: (a: ApplicationRow) => a.details.serviceInterest ?? [],
    credentialDelivery: (a: ApplicationRow) => a.details.credentialDelivery,
    smsLogin: (a: ApplicationRow) => a.details.smsLogin,
    authorityBasis: (a: ApplicationRow) => a.details.authority.basis,
    comment: (a: ApplicationRow) => a.details.comment ?? null,
    documents: (a: ApplicationRow, _args: unknown, ctx: Context) =>
      ctx.loaders.applicationDocuments.load(a.id),
    manager: (a: ApplicationRow, _args: unknown, ctx: Context) =>
      a.managerId ? ctx.loaders.user.load(a.managerId) : null,
    company: (a: ApplicationRow) => (a.companyId ? { id: a.companyId } : null),
  },
};
