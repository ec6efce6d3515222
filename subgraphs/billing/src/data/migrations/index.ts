import {
  CreateAccountTree1765000000000,
  CreateBulkWork1765600000000,
  CreateOutgoingMessages1765200000001,
} from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { BillingAccounts1764200000000 } from './1764200000000-billing-accounts';
import { AccountBalances1764300000000 } from './1764300000000-account-balances';
import { Statements1765050000000 } from './1765050000000-statements';
import { BillingRun1765060000000 } from './1765060000000-billing-run';
import { Bonus1765070000000 } from './1765070000000-bonus';
import { Payments1765100000000 } from './1765100000000-payments';
import { Documents1765200000000 } from './1765200000000-documents';
import { DocumentSubscriptions1765210000000 } from './1765210000000-document-subscriptions';
import { ExportFiles1765220000000 } from './1765220000000-export-files';
import { Credit1765300000000 } from './1765300000000-credit';
import { AutoTopUp1765310000000 } from './1765310000000-auto-top-up';
import { InvoicePayments1765400000000 } from './1765400000000-invoice-payments';
import { DocumentLeases1765410000000 } from './1765410000000-document-leases';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  BillingAccounts1764200000000,
  AccountBalances1764300000000,
  CreateAccountTree1765000000000,
  Statements1765050000000,
  BillingRun1765060000000,
  Bonus1765070000000,
  Payments1765100000000,
  Documents1765200000000,
  CreateOutgoingMessages1765200000001,
  DocumentSubscriptions1765210000000,
  ExportFiles1765220000000,
  Credit1765300000000,
  AutoTopUp1765310000000,
  InvoicePayments1765400000000,
  DocumentLeases1765410000000,
  CreateBulkWork1765600000000,
];
