import type { ServiceKind } from '@kabinet/contracts';

/**
 * The shape of a demo world: what a subgraph's `seed` hook writes (see `SubgraphDefinition.seed`). Types
 * only: the demo world itself — companies, accounts, tariffs, news, staff, the password — is the development
 * workspace's (`@kabinet/dev`), so no runtime code carries it. Ids are `stableId`s, derived alike by every
 * subgraph, so seeding needs no cross-schema SQL and can be repeated safely.
 */
export interface DemoTariff {
  id: string;
  code: string;
  name: string;
  kind: ServiceKind;
  monthlyFeeMinor: number;
}

/** A service connected on a demo account: catalog seeds it, billing bills it, from the same dates. */
export interface DemoService {
  id: string;
  tariffCode: string;
  activatedAt: Date;
  /** When it was suspended; null for a service still active. */
  suspendedAt: Date | null;
}

export interface DemoAccount {
  id: string;
  number: string;
  name: string;
  groupId: string;
  tariffCodes: string[];
  services: DemoService[];
}

export interface DemoUser {
  id: string;
  login: string;
  password: string;
  fullName: string;
  role: 'ADMIN' | 'ACCOUNTANT' | 'VIEWER' | 'MANAGER' | 'SUPPORT' | 'OPERATOR';
}

export interface DemoCompany {
  key: string;
  id: string;
  name: string;
  inn: string;
  kpp: string;
  legalAddress: string;
  /** The company's contract with the operator, printed on its documents and listed with its requisites. */
  contractNumber: string;
  groups: { id: string; name: string }[];
  accounts: DemoAccount[];
  admin: DemoUser;
}

export interface DemoPlan {
  companies: DemoCompany[];
  tariffs: DemoTariff[];
  staff: DemoUser[];
  news: { id: string; title: string; body: string; publishedAt: Date }[];
  /** Months of ledger history to write. */
  months: number;
  /**
   * The moment the history leads up to (default: when it is seeded). A test on a fixed clock near today sets it
   * to the clock's now, so the history around its clock is the same whatever the real date.
   */
  asOf?: Date;
}
