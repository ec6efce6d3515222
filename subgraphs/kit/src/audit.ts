import type { ApolloServerPlugin } from '@apollo/server';
import { type FieldNode, Kind, valueFromASTUntyped } from 'graphql';
import type { DataSource } from 'typeorm';
import type { Logger } from './core/logger';
import { publish } from './events/publish';
import type { SubgraphContext } from './subgraph';

/** The outbox stream audit events go to; identity's action archive consumes it from every subgraph. */
export const AUDIT_STREAM = 'audit';
export const AUDIT_EVENT = 'AuditEvent';

/** What a resolver may add to its mutation's audit event (who acted, for which company), when it knows better. */
export interface AuditNote {
  /** The actor, when the caller was anonymous but became known (e.g. a successful login). */
  actorId?: string;
  /** The company the change concerns, when staff act on one (defaults to the caller's company). */
  companyId?: string | null;
}

export interface AuditEventPayload {
  actorId: string | null;
  actorRole: string | null;
  companyId: string | null;
  /** `<subgraph>.<mutation>`, e.g. `billing.postLedgerEntry`. */
  action: string;
  /** The ids the mutation named, e.g. `accountId=…`; never other argument values (passwords, codes). */
  target: string;
  /** `OK`, or the error code it ended with. */
  outcome: string;
  ip: string | null;
  userAgent: string | null;
  requestId: string;
  at: string;
  [key: string]: unknown;
}

const ID_KEY = /^(id|[a-zA-Z]+Ids?)$/;

/** The id-valued arguments of a mutation, top level and inside `input`: what it acted on. */
function targetOf(field: FieldNode, variables: Record<string, unknown>): string {
  const found: string[] = [];
  const collect = (value: unknown, path: string, depth: number) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 20)) collect(item, path, depth);
      return;
    }
    if (typeof value === 'object' && depth < 2) {
      for (const [key, inner] of Object.entries(value)) collect(inner, key, depth + 1);
      return;
    }
    if (typeof value === 'string' && ID_KEY.test(path)) found.push(`${path}=${value}`);
  };
  for (const argument of field.arguments ?? []) {
    collect(valueFromASTUntyped(argument.value, variables), argument.name.value, 0);
  }
  return found.join(' ').slice(0, 1000);
}

/**
 * Writes an audit event for every mutation the subgraph runs, succeeded or failed, to its outbox (the
 * change's own transaction has ended by then, so a failure is recorded too). Identity collects them into the
 * action archive.
 */
export function auditPlugin<L>(
  subgraph: string,
  db: DataSource,
  log: Logger,
): ApolloServerPlugin<SubgraphContext<L>> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ operation, request, response, contextValue }) {
          if (operation?.operation !== 'mutation') return;
          const { origin, audit } = contextValue;
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          const fields = operation.selectionSet.selections.filter(
            (s): s is FieldNode => s.kind === Kind.FIELD,
          );
          for (const field of fields) {
            const key = field.alias?.value ?? field.name.value;
            const error =
              errors.find((e) => e.path?.[0] === key) ??
              (errors.length && !errors[0].path ? errors[0] : null);
            const payload: AuditEventPayload = {
              actorId: audit.actorId ?? origin.viewer?.userId ?? null,
              actorRole: origin.viewer?.role ?? null,
              companyId: audit.companyId !== undefined ? audit.companyId : (origin.viewer?.companyId ?? null),
              action: `${subgraph}.${field.name.value}`,
              target: targetOf(field, request.variables ?? {}),
              outcome: error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK',
              ip: origin.ip,
              userAgent: origin.userAgent,
              requestId: origin.requestId,
              at: new Date().toISOString(),
            };
            await publish(db.manager, {
              stream: AUDIT_STREAM,
              type: AUDIT_EVENT,
              companyId: payload.companyId,
              payload,
            }).catch((err) => log.error({ err, action: payload.action }, 'audit event not written'));
          }
        },
      };
    },
  };
}
