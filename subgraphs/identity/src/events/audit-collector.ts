import { AUDIT_EVENT, parseEvent } from '@kabinet/contracts';
import { type Logger, SUBGRAPHS, startConsumer } from '@kabinet/kit';
import type { DataSource } from 'typeorm';

/**
 * Collects the audit events every subgraph writes to its outbox into the action archive: one durable
 * consumer per subgraph, so events written while identity was down are collected when it returns, once.
 */
export const auditCollectors = ({ db, log }: { db: DataSource; log: Logger }) =>
  SUBGRAPHS.map(({ name }) =>
    startConsumer({
      db,
      source: name,
      name: `identity.audit.${name}`,
      types: [AUDIT_EVENT],
      log,
      async handle(event, tx) {
        const e = parseEvent(AUDIT_EVENT, event.payload);
        await tx.query(
          `INSERT INTO audit_events (source, source_event_id, at, actor_id, actor_role, company_id, action, target,
             outcome, ip, user_agent, request_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT DO NOTHING`,
          [
            name,
            event.id,
            e.at,
            e.actorId,
            e.actorRole,
            e.companyId,
            e.action,
            e.target,
            e.outcome,
            e.ip,
            e.userAgent,
            e.requestId,
          ],
        );
      },
    }),
  );
