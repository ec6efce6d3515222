/**
 * What identity publishes when staff approve a connection application (identity's outbox is the contract);
 * accounts opens the company and its personal accounts from it.
 */
export const COMPANY_APPROVED = 'CompanyApproved';

export interface CompanyApprovedPayload {
  companyId: string;
  name: string;
  inn: string;
  kpp: string;
  legalAddress: string;
  region: string;
  locality: string;
  contractNumber: string;
  accountNumbers: string[];
  managerId: string | null;
  [key: string]: unknown;
}
