import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Billing's own record of a personal account: which company owns it, and its balance. Accounts owns the
 * account itself; billing keeps this projection (fed by accounts' `PersonalAccountOpened` events, see
 * `events/accounts-opened.ts`) so it can scope without asking. The balance is the sum of the account's ledger,
 * kept up to date by every posting.
 */
@Entity({ name: 'billing_accounts' })
export class BillingAccount {
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId: string;

  @Column('uuid', { name: 'company_id' })
  companyId: string;

  @Column('char', { length: 3 })
  currency: string;

  /** The account's number, printed on documents (from PersonalAccountOpened). */
  @Column('text', { nullable: true })
  number: string | null;

  @Column('bigint', { name: 'balance_minor', default: 0 })
  balanceMinor: string;

  /** How far below zero the balance may go before the account's services are suspended (positive). */
  @Column('bigint', { name: 'credit_limit_minor', default: 0 })
  creditLimitMinor: string;

  /** Whether the balance is below minus the credit limit, as last announced (CreditLimitExceeded). */
  @Column('boolean', { name: 'over_credit_limit', default: false })
  overCreditLimit: boolean;
}
