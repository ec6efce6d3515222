import { backgroundTransaction, type Clock, type Logger, repeatEvery, sendMessage } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { lockOrder, moveOrder } from './move';
import { CONFIRMATION_DAYS } from './workflow';

export const AUTO_COMPLETE_REASON = `Работы приняты автоматически: нет ответа ${CONFIRMATION_DAYS} дня`;

/**
 * Completes orders whose work has waited for the customer's confirmation for 3 days by the clock, and tells
 * the customer by SMS. Replicas share the work: each order is taken under its lock, skipped if held.
 */
export const autoCompleteOrders = (
  { db, log }: { db: DataSource; log: Logger },
  clock: Clock,
  pollMs: number,
) =>
  repeatEvery(
    pollMs,
    async () => {
      const now = clock.now();
      const due: { id: string }[] = await backgroundTransaction(db, (tx) =>
        tx.query(`SELECT id FROM orders WHERE status = 'AWAITING_CONFIRMATION' AND updated_at <= $1`, [
          new Date(now.getTime() - CONFIRMATION_DAYS * 86_400_000),
        ]),
      );
      for (const { id } of due) {
        await backgroundTransaction(db, async (tx) => {
          const [still] = await tx.query(
            `SELECT 1 FROM orders WHERE id = $1 AND status = 'AWAITING_CONFIRMATION' FOR UPDATE SKIP LOCKED`,
            [id],
          );
          if (!still) return;
          const order = await lockOrder(tx, id, null);
          await moveOrder(
            tx,
            order,
            { status: 'COMPLETED', actor: { kind: 'SYSTEM', id: null }, reason: AUTO_COMPLETE_REASON },
            now,
          );
          if (order.contactPhone) {
            await sendMessage(tx, log, {
              channel: 'SMS',
              to: order.contactPhone,
              text: `Заказ ${order.id.slice(0, 8)} выполнен: вы не ответили ${CONFIRMATION_DAYS} дня, работы приняты автоматически. Услуга подключена.`,
            });
          }
        });
      }
    },
    { log, name: 'orders awaiting confirmation' },
  );
