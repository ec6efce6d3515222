import { mergeResolvers } from '@kabinet/kit';
import type { Loaders } from '../loaders';
import type { Billing } from '../runtime';
import { autoTopUpResolvers } from './auto-top-up';
import { balanceChangeResolvers } from './balance-changes';
import { billingRunResolvers } from './billing-run';
import { bonusResolvers } from './bonus';
import { creditLimitResolvers } from './credit-limits';
import { documentResolvers } from './documents';
import { expenseResolvers } from './expenses';
import { invoiceResolvers } from './invoices';
import { ledgerResolvers } from './ledger';
import { paymentRequisitesResolvers } from './payment-requisites';
import { paymentResolvers } from './payments';
import { personalAccountResolvers } from './personal-account';
import { promisedPaymentResolvers } from './promised-payments';
import { statementResolvers } from './statements';

export const createResolvers = (billing: Billing) =>
  mergeResolvers<Loaders>(
    ledgerResolvers(billing),
    personalAccountResolvers,
    balanceChangeResolvers,
    documentResolvers(billing),
    paymentResolvers(billing),
    paymentRequisitesResolvers,
    creditLimitResolvers(billing),
    promisedPaymentResolvers(billing),
    autoTopUpResolvers(billing),
    statementResolvers(billing),
    expenseResolvers,
    billingRunResolvers(billing),
    invoiceResolvers(billing),
    bonusResolvers(billing),
  );
