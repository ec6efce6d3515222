import { PROFILE_COMPLETED, parseEvent } from '@kabinet/contracts';
import { type Logger, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { award, PROFILE_POINTS } from '../bonus/points';

/** Bonus points for a complete profile (identity's ProfileCompleted): once per company. */
export const profileAwards = ({ db, log }: { db: DataSource; log: Logger }) => [
  startConsumer({
    db,
    source: 'identity',
    name: 'billing.profile-awards',
    types: [PROFILE_COMPLETED],
    log,
    async handle(event, tx) {
      const { companyId, completedAt } = parseEvent(PROFILE_COMPLETED, event.payload);
      await award(tx, {
        companyId,
        kind: 'PROFILE',
        points: PROFILE_POINTS,
        reference: companyId,
        description: 'Заполненный профиль: подтверждены e-mail и телефон',
        at: new Date(completedAt),
      });
    },
  }),
];
