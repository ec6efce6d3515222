import { BALANCE_CHANGED, parseEvent } from '@kabinet/contracts';
import { formatMinor, type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { award, KOPECKS_PER_POINT } from '../bonus/points';

/**
 * Awards bonus points for payments, from the ledger's own BalanceChanged events: one point per 5 roubles of
 * every payment, once per ledger entry however often the event is read.
 */
export const bonusAwards = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'billing',
    name: 'billing.bonus-awards',
    types: [BALANCE_CHANGED],
    log,
    async handle(event, tx) {
      const { entry } = parseEvent(BALANCE_CHANGED, event.payload);
      const paid = BigInt(entry.amountMinor);
      const points = paid / KOPECKS_PER_POINT;
      if (entry.kind !== 'PAYMENT' || points <= 0n || !event.companyId) return;
      await award(tx, {
        companyId: event.companyId,
        kind: 'PAYMENT',
        points,
        reference: entry.id,
        description: `Оплата ${formatMinor(paid)} ₽`,
        at: new Date(entry.occurredAt),
      });
    },
  }),
];
