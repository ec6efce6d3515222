import {
  CreateAccountTree1765000000000,
  CreateBulkWork1765600000000,
  CreateOutgoingMessages1765200000001,
} from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { Orders1764200000000 } from './1764200000000-orders';
import { SuspensionReason1765350000000 } from './1765350000000-suspension-reason';
import { Freezes1765360000000 } from './1765360000000-freezes';
import { AccountsOverLimit1765370000000 } from './1765370000000-accounts-over-limit';
import { Offerings1765400000000 } from './1765400000000-offerings';
import { OrderWorkflow1765410000000 } from './1765410000000-order-workflow';
import { Freephone1765420000000 } from './1765420000000-freephone';
import { RegionalPrices1765430000000 } from './1765430000000-regional-prices';
import { TechnicianCalls1766200000000 } from './1766200000000-technician-calls';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  Orders1764200000000,
  CreateAccountTree1765000000000,
  SuspensionReason1765350000000,
  Freezes1765360000000,
  AccountsOverLimit1765370000000,
  CreateOutgoingMessages1765200000001,
  Offerings1765400000000,
  OrderWorkflow1765410000000,
  Freephone1765420000000,
  RegionalPrices1765430000000,
  CreateBulkWork1765600000000,
  TechnicianCalls1766200000000,
];
