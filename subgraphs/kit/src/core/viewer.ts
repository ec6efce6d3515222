// Roles and the viewer belong to the contracts every subgraph shares; the kit's core hands them on to the
// gateway and the subgraphs with the rest of what they share.
export {
  COMPANY_ROLES,
  type CompanyRole,
  isStaff,
  MAX_ACCESS_ENTRIES,
  type Role,
  STAFF_ROLES,
  type StaffRole,
  type Viewer,
  viewerSchema,
} from '@kabinet/contracts';
