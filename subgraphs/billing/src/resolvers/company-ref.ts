import { companyScope, notFound } from '@kabinet/kit';
import type { Context } from './context';

/** A Company as the gateway refers to it. */
export interface CompanyRef {
  id: string;
}

/** A company user reaches only their own company here, whatever reference the gateway passes on. */
export function visibleCompany(company: CompanyRef, ctx: Context): CompanyRef {
  const scope = companyScope(ctx.viewer);
  if (scope !== null && scope !== company.id) throw notFound('Company');
  return company;
}
