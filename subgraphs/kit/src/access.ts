import { forbidden, notFound, unauthenticated } from './core/errors';
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

/**
 * The personal accounts the caller is limited to inside their company; null when not limited (staff, and
 * users allowed every account). Applied on top of `companyScope` wherever rows belong to an account.
 */
export function accountScope(viewer: Viewer | null): string[] | null {
  const caller = requireViewer(viewer);
  return isStaff(caller) ? null : (caller.accountIds ?? null);
}

/** NOT_FOUND (not FORBIDDEN) for another company's record, so ids of other companies reveal nothing. */
export function assertVisible<T extends { companyId: string }>(
  viewer: Viewer | null,
  row: T | null,
  what: string,
): T {
  const scope = companyScope(viewer);
  if (!row || (scope !== null && row.companyId !== scope)) throw notFound(what);
  return row;
}
