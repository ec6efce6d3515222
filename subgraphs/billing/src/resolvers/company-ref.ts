import { visibleCompany as visibleToViewer } from '@kabinet/kit';
import type { Context } from './context';

/** A Company as the gateway refers to it. */
export interface CompanyRef {
  id: string;
}

/** A company user reaches only their own company here, whatever reference the gateway passes on. */
export const visibleCompany = (company: CompanyRef, ctx: Context): CompanyRef =>
  visibleToViewer(company, ctx.viewer);
