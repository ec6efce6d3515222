import { assertValid, type CompanyRole } from '@kabinet/kit';
import { revokeSessions } from '../auth/sessions';
import { User } from '../data/entities';
import type { InviteUserInput } from '../generated/schema';
import { type AccessListInput, UNLIMITED, validAccessList } from '../users/access-list';
import { assertAnotherAdmin, inviteUser, managedUser, roleProblems } from '../users/company-users';
import type { Context } from './context';

export const companyUserResolvers = {
  Mutation: {
    inviteUser: (_: unknown, { input }: { input: InviteUserInput }, ctx: Context) =>
      ctx.db.transaction(async (tx) => ({
        user: await inviteUser(tx, ctx, ctx.viewer, input),
      })),
    changeUserRole: (_: unknown, args: { userId: string; role: CompanyRole }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const user = await managedUser(tx, ctx, ctx.viewer, args.userId);
        assertValid(roleProblems(args.role));
        if (user.role === 'ADMIN' && args.role !== 'ADMIN') await assertAnotherAdmin(tx, user);
        // An administrator sees every account: an access list ends with the promotion.
        const access = args.role === 'ADMIN' ? UNLIMITED : {};
        await tx.getRepository(User).update({ id: user.id }, { role: args.role, ...access });
        // Tokens carry the role: end the sessions so the new role applies at the next sign-in.
        await revokeSessions(tx, { userId: user.id }, 'ROLE_CHANGED');
        return { ...user, role: args.role, ...access };
      }),
    setUserAccounts: (_: unknown, args: { userId: string } & AccessListInput, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const user = await managedUser(tx, ctx, ctx.viewer, args.userId);
        const access = await validAccessList(tx, user.companyId as string, user.role, args);
        await tx.getRepository(User).update({ id: user.id }, access);
        // Tokens carry the list: end the sessions so the new one applies at the next sign-in.
        await revokeSessions(tx, { userId: user.id }, 'ACCESS_CHANGED');
        return { ...user, ...access };
      }),
    blockUser: (_: unknown, args: { userId: string }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const user = await managedUser(tx, ctx, ctx.viewer, args.userId);
        if (user.role === 'ADMIN') await assertAnotherAdmin(tx, user);
        const blockedAt = user.blockedAt ?? new Date();
        await tx.getRepository(User).update({ id: user.id }, { blockedAt });
        await revokeSessions(tx, { userId: user.id }, 'BLOCKED');
        return { ...user, blockedAt };
      }),
    unblockUser: (_: unknown, args: { userId: string }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const user = await managedUser(tx, ctx, ctx.viewer, args.userId);
        await tx.getRepository(User).update({ id: user.id }, { blockedAt: null });
        return { ...user, blockedAt: null };
      }),
  },
};
