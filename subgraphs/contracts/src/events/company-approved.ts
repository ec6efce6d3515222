import { z } from 'zod';
import { uuid } from './fields';

/**
 * Identity, when staff approve a connection application; accounts opens the company and its personal accounts
 * from it.
 */
export const COMPANY_APPROVED = 'CompanyApproved';

export const companyApproved = z.looseObject({
  companyId: uuid,
  name: z.string(),
  inn: z.string(),
  kpp: z.string(),
  legalAddress: z.string(),
  region: z.string(),
  locality: z.string(),
  contractNumber: z.string(),
  accountNumbers: z.array(z.string()),
  managerId: uuid.nullable(),
});
export type CompanyApprovedPayload = z.infer<typeof companyApproved>;
