import { z } from 'zod';
import { instant, uuid } from './fields';

/** Every subgraph, for every mutation (with its outcome); identity collects them into the action archive. */
export const AUDIT_EVENT = 'AuditEvent';

export const auditEvent = z.looseObject({
  actorId: uuid.nullable(),
  actorRole: z.string().nullable(),
  companyId: uuid.nullable(),
  /** `<subgraph>.<mutation>`, e.g. `billing.postLedgerEntry`. */
  action: z.string(),
  /** The ids the mutation named, e.g. `accountId=…`; never other argument values (passwords, codes). */
  target: z.string(),
  /** `OK`, or the error code it ended with. */
  outcome: z.string(),
  ip: z.string().nullable(),
  userAgent: z.string().nullable(),
  requestId: z.string(),
  at: instant,
});
export type AuditEventPayload = z.infer<typeof auditEvent>;
