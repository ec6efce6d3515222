import { randomUUID } from 'node:crypto';
import { forbidden, unauthenticated } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { newPassword } from '../auth/secrets';
import { User } from './entities';
import { hashPassword } from './passwords';

/** A login as logins are compared (and failures counted): trimmed, case-folded. */
export const loginKey = (login: string) => login.trim().toLowerCase();

/** The user with this login, however it is typed. */
export const findUserByLogin = (tx: EntityManager, login: string) =>
  tx
    .getRepository(User)
    .createQueryBuilder('u')
    .where('lower(u.login) = :key', { key: loginKey(login) })
    .getOne();

export const findUserById = (tx: EntityManager, id: string) => tx.getRepository(User).findOneBy({ id });

/**
 * The user behind a session or challenge, refused if gone or blocked; `lock`: read FOR SHARE, so changes to
 * the user wait until this transaction ends.
 */
export async function activeUser(tx: EntityManager, id: string, lock = false): Promise<User> {
  const user = await tx
    .getRepository(User)
    .findOne({ where: { id }, ...(lock && { lock: { mode: 'pessimistic_read' as const } }) });
  if (!user) throw unauthenticated('The user no longer exists');
  if (user.blockedAt) throw forbidden('This user is blocked; ask your company administrator');
  return user;
}

export type NewUser = Pick<User, 'login' | 'fullName' | 'role' | 'companyId' | 'email' | 'phone'> &
  Partial<Pick<User, 'smsLogin' | 'accountIds' | 'groupIds'>>;

/**
 * Adds a user with a generated one-time password, to be changed at the first sign-in. Returns the password,
 * for the caller to deliver; only its argon2id hash is stored.
 */
export async function createUserWithOneTimePassword(tx: EntityManager, fields: NewUser) {
  const password = newPassword();
  const user = tx.getRepository(User).create({
    id: randomUUID(),
    ...fields,
    passwordHash: await hashPassword(password),
    mustChangePassword: true,
  });
  await tx.getRepository(User).insert(user);
  return { user, password };
}

/** Stores a new password (argon2id); a chosen password ends the must-change state. */
export async function setPassword(tx: EntityManager, user: User, password: string): Promise<User> {
  const passwordHash = await hashPassword(password);
  await tx.getRepository(User).update({ id: user.id }, { passwordHash, mustChangePassword: false });
  return { ...user, passwordHash, mustChangePassword: false };
}
