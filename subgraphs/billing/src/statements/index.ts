import type { Viewer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';
import { balanceAtLoader } from './balance-at';
import { companyTotalsLoader, expensesLoader } from './company-money';
import { debtLoader } from './debts';
import { groupExpensesLoader, groupTotalsLoader } from './group-money';
import { lastPaymentLoader } from './last-payment';
import { operationsLoader, statementLoader } from './statement';

/** The per-request loaders of statements, debts and statistics. */
export const statementLoaders = (db: DataSource, viewer: Viewer | null) => ({
  debt: debtLoader(db, viewer),
  balanceAt: balanceAtLoader(db, viewer),
  lastPayment: lastPaymentLoader(db, viewer),
  statement: statementLoader(db, viewer),
  operations: operationsLoader(db, viewer),
  companyTotals: companyTotalsLoader(db, viewer),
  expenses: expensesLoader(db, viewer),
  groupTotals: groupTotalsLoader(db, viewer),
  groupExpenses: groupExpensesLoader(db, viewer),
});
