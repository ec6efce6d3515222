import { CreateAccountTree1765000000000 } from '@kabinet/kit';
import { Init1764000000000 } from './1764000000000-init';
import { Sessions1764300000000 } from './1764300000000-sessions';
import { AuditEvents1764400000000 } from './1764400000000-audit-events';
import { Registration1764500000000 } from './1764500000000-registration';
import { MessageDelivery1764600000000 } from './1764600000000-message-delivery';
import { Throttle1764700000000 } from './1764700000000-throttle';
import { UserAccounts1764800000000 } from './1764800000000-user-accounts';
import { UserGroups1765000000002 } from './1765000000002-user-groups';
import { LoginAttempts1765100000000 } from './1765100000000-login-attempts';
import { ApplicationStatusToken1765100000001 } from './1765100000001-application-status-token';
import { RevokedSessions1765200000000 } from './1765200000000-revoked-sessions';
import { Prospects1765530000000 } from './1765530000000-prospects';
import { Attachments1766100000000 } from './1766100000000-attachments';

/** Every migration, oldest first. */
export const migrations = [
  Init1764000000000,
  Sessions1764300000000,
  AuditEvents1764400000000,
  Registration1764500000000,
  MessageDelivery1764600000000,
  Throttle1764700000000,
  UserAccounts1764800000000,
  CreateAccountTree1765000000000,
  UserGroups1765000000002,
  LoginAttempts1765100000000,
  ApplicationStatusToken1765100000001,
  RevokedSessions1765200000000,
  Prospects1765530000000,
  Attachments1766100000000,
];
