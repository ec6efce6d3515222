import { CreateAccountTree1765000000000 } from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { Orders1764200000000 } from './1764200000000-orders';
import { SuspensionReason1765350000000 } from './1765350000000-suspension-reason';
import { Freezes1765360000000 } from './1765360000000-freezes';
import { AccountsOverLimit1765370000000 } from './1765370000000-accounts-over-limit';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  Orders1764200000000,
  CreateAccountTree1765000000000,
  SuspensionReason1765350000000,
  Freezes1765360000000,
  AccountsOverLimit1765370000000,
];
