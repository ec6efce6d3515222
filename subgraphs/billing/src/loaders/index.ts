import { alignOne, isUuid, rowsById, scopeToCompany, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { autoTopUpLoader } from '../auto-top-up/settings';
import { billingRunLoaders } from '../billing-run';
import { bonusLoaders } from '../bonus/loaders';
import { BillingAccount, LedgerEntry } from '../data/entities';
import type { CompanyRequisites } from '../documents/content';
import { documentLoaders } from '../documents/loaders';
import { requisitesOfMany } from '../documents/requisites';
import { paymentLoaders } from '../payments/loaders';
import { promisedPaymentLoader } from '../promised-payments/loaders';
import { statementLoaders } from '../statements';

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    ...statementLoaders(db, viewer),
    ...billingRunLoaders(db, viewer),
    ...bonusLoaders(db, viewer),
    entry: rowsById(db, LedgerEntry, viewer, 'companyId', 'accountId'),
    ...documentLoaders(db, viewer),
    ...paymentLoaders(db, viewer),

    /**
     * Balance in minor units per account: one statement for any number of accounts. null for an account
     * billing does not know, or not the caller's.
     */
    balance: new DataLoader<string, bigint | null>(async (accountIds) => {
      const qb = db
        .getRepository(BillingAccount)
        .createQueryBuilder('a')
        .select(['a.accountId', 'a.balanceMinor'])
        .where('a.accountId = ANY(:accountIds)', { accountIds });
      scopeToCompany(qb, viewer, 'a.companyId', 'a.accountId');
      const rows = await qb.getMany();
      return alignOne(accountIds, rows, (r) => r.accountId).map((r) => (r ? BigInt(r.balanceMinor) : null));
    }),

    /** The requisites of the companies of accounts already reached (a payment slip's payer). */
    companyRequisites: new DataLoader<string, CompanyRequisites | null>(async (companyIds) =>
      alignOne(companyIds, await requisitesOfMany(db, companyIds), (r) => r.companyId),
    ),

    /** Billing's row of each account (balance, credit limit); null for one unknown or not the caller's. */
    billingAccount: new DataLoader<string, BillingAccount | null>(async (accountIds) => {
      const qb = db
        .getRepository(BillingAccount)
        .createQueryBuilder('a')
        .where('a.accountId = ANY(:accountIds)', { accountIds: accountIds.filter(isUuid) });
      scopeToCompany(qb, viewer, 'a.companyId', 'a.accountId');
      return alignOne(accountIds, await qb.getMany(), (r) => r.accountId);
    }),

    /** Each account's latest promised payment and last reversal (see `promised-payments/loaders.ts`). */
    promisedPayments: promisedPaymentLoader(db, viewer),

    /** Each account's auto top-up settings (see `auto-top-up/settings.ts`). */
    autoTopUp: autoTopUpLoader(db, viewer),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
