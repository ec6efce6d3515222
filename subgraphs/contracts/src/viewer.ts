import { z } from 'zod';

export const COMPANY_ROLES = ['ADMIN', 'ACCOUNTANT', 'VIEWER'] as const;
export const STAFF_ROLES = ['MANAGER', 'SUPPORT', 'OPERATOR'] as const;
export type CompanyRole = (typeof COMPANY_ROLES)[number];
export type StaffRole = (typeof STAFF_ROLES)[number];
export type Role = CompanyRole | StaffRole;

/** Accounts and groups of accounts a user's access list can name (the list travels in every access token). */
export const MAX_ACCESS_ENTRIES = 100;

/** Who is calling, as verified by the gateway from the access token. */
export const viewerSchema = z.object({
  userId: z.uuid(),
  /** The company the user belongs to; null for operator staff, who work across companies. */
  companyId: z.uuid().nullable(),
  role: z.enum([...COMPANY_ROLES, ...STAFF_ROLES]),
  /** The sign-in session the access token belongs to (absent in tokens made outside a session, e.g. tests). */
  sessionId: z.uuid().optional(),
  /**
   * A company user's access list: the personal accounts, and the groups (with every account below them),
   * they may see. Both absent: every account of their company.
   */
  accountIds: z.array(z.uuid()).max(MAX_ACCESS_ENTRIES).optional(),
  groupIds: z.array(z.uuid()).max(MAX_ACCESS_ENTRIES).optional(),
});
export type Viewer = z.infer<typeof viewerSchema>;

export const isStaff = (viewer: Viewer): boolean => (STAFF_ROLES as readonly string[]).includes(viewer.role);
