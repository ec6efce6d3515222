import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Billing's own record of a personal account: which company owns it. Accounts owns the account itself;
 * billing keeps this projection (seeded now, fed by accounts' events later) so it can scope without asking.
 */
@Entity({ name: 'billing_accounts' })
export class BillingAccount {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('char', { length: 3 })
  currency: string;
}
