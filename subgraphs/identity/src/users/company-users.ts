import {
  assertValid,
  type ChangeContext,
  COMPANY_ROLES,
  companyActedOn,
  EMAIL_FORMAT,
  type FieldProblem,
  forbidden,
  formatProblems,
  isStaff,
  isUuid,
  LOGIN_FORMAT,
  notFound,
  PHONE_FORMAT,
  preconditionFailed,
  sendMessage,
  TEXT_MAX,
  textProblems,
  type Viewer,
} from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import { User } from '../data/entities';
import { createUserWithOneTimePassword, findUserByLogin } from '../data/users';
import type { InviteUserInput } from '../generated/schema';
import { validAccessList } from './access-list';
import { actingUser } from './acting-user';

const USER_MANAGERS = ['ADMIN', 'MANAGER', 'OPERATOR'] as const;

function assertUserManager(viewer: Viewer) {
  if (!(USER_MANAGERS as readonly string[]).includes(viewer.role)) {
    throw forbidden("Only the company's administrators manage its users");
  }
}

/** The company whose users the caller manages: an ADMIN their own; staff name one. */
function managedCompany(viewer: Viewer, named?: string | null): string {
  assertUserManager(viewer);
  return companyActedOn(viewer, named);
}

/** A company user's role is one of the company roles (the GraphQL enum holds staff roles too). */
export const roleProblems = (role: string): FieldProblem[] =>
  (COMPANY_ROLES as readonly string[]).includes(role)
    ? []
    : [{ field: 'role', message: 'must be ADMIN, ACCOUNTANT or VIEWER' }];

function inviteProblems(input: InviteUserInput): FieldProblem[] {
  const problems: FieldProblem[] = formatProblems('login', input.login, LOGIN_FORMAT);
  problems.push(
    ...textProblems('fullName', input.fullName, { min: 1, max: TEXT_MAX.name, name: true }),
    ...roleProblems(input.role),
    ...formatProblems('email', input.email, EMAIL_FORMAT),
    ...formatProblems('phone', input.phone, PHONE_FORMAT),
  );
  if (input.delivery === 'EMAIL' && !input.email)
    problems.push({ field: 'email', message: 'is needed to deliver by e-mail' });
  if (input.delivery === 'SMS' && !input.phone)
    problems.push({ field: 'phone', message: 'is needed to deliver by SMS' });
  return problems;
}

/**
 * Adds a user to a company with a generated password, sent by the chosen channel; it must be changed at first
 * sign-in. `caller` is who the access token names; they act as they are now (see `actingUser`).
 */
export async function inviteUser(
  tx: EntityManager,
  ctx: ChangeContext,
  caller: Viewer | null,
  input: InviteUserInput,
) {
  const { viewer } = await actingUser(tx, caller);
  const companyId = managedCompany(viewer, input.companyId);
  ctx.audit.companyId = companyId;
  assertValid(inviteProblems(input));
  if (await findUserByLogin(tx, input.login)) assertValid([{ field: 'login', message: 'is taken' }]);
  const access = await validAccessList(tx, companyId, input.role, input);
  const { user, password } = await createUserWithOneTimePassword(tx, {
    login: input.login,
    fullName: input.fullName.trim(),
    role: input.role,
    companyId,
    email: input.email ?? null,
    phone: input.phone ?? null,
    ...access,
  });
  await sendMessage(tx, ctx.log, {
    channel: input.delivery === 'SMS' ? 'SMS' : 'EMAIL',
    to: (input.delivery === 'SMS' ? input.phone : input.email) as string,
    text: `Kabinet: ваш логин ${user.login}, временный пароль ${password}. При первом входе задайте свой пароль.`,
  });
  return user;
}

/**
 * A user of the caller's managed company, locked for the change; NOT_FOUND for anyone else's. The caller acts
 * as they are now, not as their token says (see `actingUser`).
 */
export async function managedUser(
  tx: EntityManager,
  ctx: ChangeContext,
  caller: Viewer | null,
  userId: string,
): Promise<User> {
  const { viewer } = await actingUser(tx, caller);
  assertUserManager(viewer);
  if (!isUuid(userId)) throw notFound('User');
  const user = await tx
    .getRepository(User)
    .findOne({ where: { id: userId }, lock: { mode: 'pessimistic_write' } });
  if (!user?.companyId || (!isStaff(viewer) && user.companyId !== viewer.companyId)) throw notFound('User');
  ctx.audit.companyId = user.companyId;
  if (user.id === viewer.userId) {
    throw preconditionFailed('You cannot change your own role or block yourself');
  }
  return user;
}

/** Refuses a change that would leave the company without an active administrator. */
export async function assertAnotherAdmin(tx: EntityManager, user: User): Promise<void> {
  const [{ n }] = await tx.query(
    "SELECT count(*)::int AS n FROM users WHERE company_id = $1 AND role = 'ADMIN' AND blocked_at IS NULL AND id <> $2",
    [user.companyId, user.id],
  );
  if (n === 0) {
    throw preconditionFailed('The company must keep at least one active administrator');
  }
}
