import { forbidden, unauthenticated } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { User } from './entities';
import { hashPassword } from './passwords';

export const findUserByLogin = (tx: EntityManager, loginKey: string) =>
  tx.getRepository(User).createQueryBuilder('u').where('lower(u.login) = :loginKey', { loginKey }).getOne();

export const findUserById = (tx: EntityManager, id: string) => tx.getRepository(User).findOneBy({ id });

/** The user behind a session or challenge, refused if gone or blocked. */
export async function activeUser(tx: EntityManager, id: string): Promise<User> {
  const user = await findUserById(tx, id);
  if (!user) throw unauthenticated('The user no longer exists');
  if (user.blockedAt) throw forbidden('This user is blocked; ask your company administrator');
  return user;
}

/** Stores a new password (argon2id); a chosen password ends the must-change state. */
export async function setPassword(tx: EntityManager, user: User, password: string): Promise<User> {
  const passwordHash = await hashPassword(password);
  await tx.getRepository(User).update({ id: user.id }, { passwordHash, mustChangePassword: false });
  return { ...user, passwordHash, mustChangePassword: false };
}
