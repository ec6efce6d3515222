import { CreateAccountTree1765000000000, CreateBulkWork1765600000000 } from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { AccountTree1765000000001 } from './1765000000001-account-tree';
import { Requisites1765500000000 } from './1765500000000-requisites';
import { GroupOrder1765510000000 } from './1765510000000-group-order';
import { AccountList1765520000000 } from './1765520000000-account-list';
import { BulkOperations1765600000001 } from './1765600000001-bulk-operations';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  CreateAccountTree1765000000000,
  AccountTree1765000000001,
  Requisites1765500000000,
  GroupOrder1765510000000,
  AccountList1765520000000,
  CreateBulkWork1765600000000,
  BulkOperations1765600000001,
];
