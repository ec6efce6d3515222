import { type Logger, STAFF_ROLES, sendMessage } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { createUserWithOneTimePassword } from '../data/users';

export interface FirstOperator {
  login: string;
  email: string;
}

/**
 * A new deployment has no staff, and only staff approve companies: with FIRST_OPERATOR_LOGIN and
 * FIRST_OPERATOR_EMAIL set, identity creates one OPERATOR while there is no staff user at all, with a generated
 * password sent like every invitation (to be changed at the first sign-in). Never once any staff exists.
 */
export async function ensureFirstOperator(db: DataSource, log: Logger, first: FirstOperator): Promise<void> {
  await db.transaction(async (tx) => {
    // One start-up at a time decides, so replicas starting together create one operator.
    await tx.query("SELECT pg_advisory_xact_lock(hashtext('identity.first-operator'))");
    const [staff] = await tx.query('SELECT 1 FROM users WHERE role = ANY($1) LIMIT 1', [STAFF_ROLES]);
    if (staff) return;
    const { user, password } = await createUserWithOneTimePassword(tx, {
      login: first.login,
      fullName: 'Оператор',
      role: 'OPERATOR',
      companyId: null,
      email: first.email,
      phone: null,
    });
    await sendMessage(tx, log, {
      channel: 'EMAIL',
      to: first.email,
      text: `Kabinet: ваш логин ${user.login}, временный пароль ${password}. При первом входе задайте свой пароль.`,
    });
    log.warn({ login: user.login }, 'created the first operator of this deployment');
  });
}
