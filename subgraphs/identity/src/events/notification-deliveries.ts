import { NOTIFICATION_DELIVERY_REQUESTED, parseEvent } from '@kabinet/contracts';
import { accountsReached, type Logger, sendMessage, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/**
 * Sends the notifications users want by e-mail or SMS, through identity's message outbox and relay (the ones
 * that carry sign-in codes): identity knows each user's contacts and current access, so a user blocked since,
 * moved to another company, or no longer allowed the account gets nothing, and one without the contact neither.
 */
export const notificationDeliveries = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'support',
    name: 'identity.notification-deliveries',
    types: [NOTIFICATION_DELIVERY_REQUESTED],
    log,
    async handle(event, tx) {
      const delivery = parseEvent(NOTIFICATION_DELIVERY_REQUESTED, event.payload);
      const [user]: {
        email: string | null;
        phone: string | null;
        accountIds: string[] | null;
        groupIds: string[] | null;
      }[] = await tx.query(
        `SELECT email, phone, account_ids AS "accountIds", group_ids AS "groupIds" FROM users
         WHERE id = $1 AND company_id = $2 AND blocked_at IS NULL`,
        [delivery.userId, delivery.companyId],
      );
      if (!user) return;
      if (delivery.accountId && (user.accountIds || user.groupIds)) {
        const access = { accountIds: user.accountIds ?? [], groupIds: user.groupIds ?? [] };
        if (!(await accountsReached(tx, delivery.companyId, access)).has(delivery.accountId)) return;
      }
      const to = delivery.channel === 'EMAIL' ? user.email : user.phone;
      if (!to) return;
      await sendMessage(tx, log, {
        channel: delivery.channel,
        to,
        text: `${delivery.title}. ${delivery.body}`,
        notBefore: delivery.notBefore ? new Date(delivery.notBefore) : null,
      });
    },
  });
