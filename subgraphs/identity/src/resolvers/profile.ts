import { assertValid, EMAIL_FORMAT, formatProblems, PHONE_FORMAT } from '@kabinet/kit';
import { challengeByMessage, completeChallenge } from '../auth/challenges';
import { maskPhone } from '../auth/messages';
import { throttle } from '../auth/throttle';
import { User } from '../data/entities';
import type { ContactChangeInput } from '../generated/schema';
import { actingUser } from '../users/acting-user';
import { announceIfComplete } from '../users/profile-completed';
import type { Context } from './context';

export const profileResolvers = {
  Mutation: {
    /** Sends a code to the new phone (SMS) or e-mail; confirmContactChange with it makes the change. */
    requestContactChange: (_: unknown, { input }: { input: ContactChangeInput }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const { user } = await actingUser(tx, ctx.viewer);
        await throttle(ctx.db, [{ key: `contact:user:${user.id}`, max: 5, minutes: 15 }]);
        const { phone, email } = input;
        assertValid([
          ...((phone == null) === (email == null)
            ? [{ field: 'phone', message: 'give either a phone or an e-mail' }]
            : []),
          ...formatProblems('phone', phone, PHONE_FORMAT),
          ...formatProblems('email', email, EMAIL_FORMAT),
        ]);
        const details: Record<string, string> = phone ? { phone } : { email: email as string };
        const challenge = await challengeByMessage(tx, ctx.log, {
          userId: user.id,
          purpose: 'CONTACT_CHANGE',
          details,
          message: {
            channel: phone ? 'SMS' : 'EMAIL',
            to: (phone ?? email) as string,
            text: (code) => `Kabinet: код подтверждения ${code}. Никому его не сообщайте.`,
          },
        });
        return { ...challenge, sentTo: phone ? maskPhone(phone) : email };
      }),
    confirmContactChange: (_: unknown, args: { challengeId: string; code: string }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const { user, viewer } = await actingUser(tx, ctx.viewer);
        // Only the user who asked: to anyone else the challenge does not exist.
        const challenge = await completeChallenge(
          ctx.db,
          tx,
          args.challengeId,
          'CONTACT_CHANGE',
          args.code,
          viewer.userId,
        );
        const change = challenge.details.phone
          ? { phone: challenge.details.phone }
          : { email: challenge.details.email };
        await tx.getRepository(User).update({ id: user.id }, change);
        await announceIfComplete(tx, { ...user, ...change });
        return { ...user, ...change };
      }),
    setSmsLogin: (_: unknown, args: { enabled: boolean }, ctx: Context) =>
      ctx.db.transaction(async (tx) => {
        const { user } = await actingUser(tx, ctx.viewer);
        if (args.enabled && !user.phone) {
          assertValid([{ field: 'enabled', message: 'confirm a phone first (requestContactChange)' }]);
        }
        await tx.getRepository(User).update({ id: user.id }, { smsLogin: args.enabled });
        return { ...user, smsLogin: args.enabled };
      }),
  },
};
