import { assertValid, forbidden, notFound, unauthenticated } from './core/errors';
import { isUuid } from './core/uuid';
import { isStaff, type Role, type Viewer } from './core/viewer';

/** The signed-in caller, or UNAUTHENTICATED. */
export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw unauthenticated();
  return viewer;
}

/** The caller, if they hold one of the roles; FORBIDDEN otherwise. */
export function requireRole(viewer: Viewer | null, roles: readonly Role[]): Viewer {
  const caller = requireViewer(viewer);
  if (!roles.includes(caller.role)) throw forbidden(`Requires one of the roles: ${roles.join(', ')}`);
  return caller;
}

/**
 * The company whose data the caller may see: their own; null for staff, who see every company.
 * Every query over company data filters by this, so no path leads into another company's rows.
 */
export function companyScope(viewer: Viewer | null): string | null {
  const caller = requireViewer(viewer);
  if (isStaff(caller)) return null;
  if (!caller.companyId) throw forbidden('The user belongs to no company');
  return caller.companyId;
}

/** The personal accounts, and groups of accounts, a company user is limited to. */
export interface AccessList {
  accountIds: string[];
  /** Every account below these groups (at any depth) is visible too. */
  groupIds: string[];
}

/**
 * What the caller is limited to inside their company; null when not limited (staff, and users allowed
 * every account). Applied on top of `companyScope` wherever rows belong to an account.
 */
export function accountScope(viewer: Viewer | null): AccessList | null {
  const caller = requireViewer(viewer);
  if (isStaff(caller) || (!caller.accountIds && !caller.groupIds)) return null;
  return { accountIds: caller.accountIds ?? [], groupIds: caller.groupIds ?? [] };
}

/**
 * SQL true when the account in `column` is on an access list given as two uuid[] placeholders: named
 * itself, or below a named group in this subgraph's copy of the account tree.
 */
export const accountAccessSql = (column: string, accountIds: string, groupIds: string) =>
  `(${column} = ANY(${accountIds}) OR ${column} IN (
     SELECT t.id FROM account_tree t WHERE t.kind = 'ACCOUNT' AND t.groups && ${groupIds}))`;

/**
 * The company a change is made in: a company user's own (whatever `named` says); staff, who work across
 * companies, must name it (BAD_USER_INPUT on `field` otherwise).
 */
export function companyActedOn(
  viewer: Viewer,
  named: string | null | undefined,
  field = 'companyId',
): string {
  if (!isStaff(viewer)) {
    if (!viewer.companyId) throw forbidden('The user belongs to no company');
    return viewer.companyId;
  }
  if (!named || !isUuid(named)) assertValid([{ field, message: 'staff must name the company' }]);
  return named as string;
}

/** A company as the gateway refers to it: a company user reaches only their own, whatever reference is passed. */
export function visibleCompany<T extends { id: string }>(company: T, viewer: Viewer | null): T {
  const scope = companyScope(viewer);
  if (scope !== null && scope !== company.id) throw notFound('Company');
  return company;
}
