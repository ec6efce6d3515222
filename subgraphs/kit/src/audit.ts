import type { ApolloServerPlugin } from '@apollo/server';
import { AUDIT_EVENT, type AuditEventPayload } from '@kabinet/contracts';
import { type FieldNode, Kind, type OperationDefinitionNode, valueFromASTUntyped } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from './core/logger';
import { publish } from './events/publish';
import type { AuditNote, SubgraphContext } from './subgraph';

/**
 * The outbox stream of a company's audit events (identity's archive reads every subgraph's outbox in commit
 * order, whatever the stream). One stream per company, not one per subgraph: a stream's row is locked until
 * commit, and one stream for all would make every mutation of a subgraph wait for the others.
 */
const auditStream = (companyId: string | null) => `audit:${companyId ?? 'operator'}`;

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

/** One root field of a mutation, as the archive names it. */
interface AuditedField {
  action: string;
  target: string;
}

const eventOf = (ctx: SubgraphContext<unknown>, audit: AuditNote, field: AuditedField, outcome: string) => {
  const { origin } = ctx;
  const payload: AuditEventPayload = {
    actorId: audit.actorId ?? origin.viewer?.userId ?? null,
    actorRole: origin.viewer?.role ?? null,
    companyId: audit.companyId !== undefined ? audit.companyId : (origin.viewer?.companyId ?? null),
    ...field,
    outcome,
    ip: origin.ip,
    userAgent: origin.userAgent,
    requestId: origin.requestId,
    at: new Date().toISOString(),
  };
  return { stream: auditStream(payload.companyId), type: AUDIT_EVENT, companyId: payload.companyId, payload };
};

/** An action taken in the background on someone's behalf (a group operation's item), for the archive. */
export interface BackgroundAction {
  actor: { userId: string; role: string };
  companyId: string;
  /** `<subgraph>.<action>`, as mutations are named. */
  action: string;
  target: string;
  /** `OK`, or the error code it ended with. */
  outcome: string;
  /** What it is part of, in place of a request id (e.g. `bulk:<operation id>`). */
  requestId: string;
  at: Date;
}

/** Archives a background action inside the transaction that made it (or recorded its failure). */
export async function auditBackground(tx: EntityManager, action: BackgroundAction): Promise<void> {
  const payload: AuditEventPayload = {
    actorId: action.actor.userId,
    actorRole: action.actor.role,
    companyId: action.companyId,
    action: action.action,
    target: action.target,
    outcome: action.outcome,
    ip: null,
    userAgent: null,
    requestId: action.requestId,
    at: action.at.toISOString(),
  };
  await publish(tx, {
    stream: auditStream(payload.companyId),
    type: AUDIT_EVENT,
    companyId: payload.companyId,
    payload,
  });
}

/**
 * The request's view of the database: each root field of a mutation has its audit event written inside the
 * first transaction it commits, with the change itself, so a change is never without its record. (A field
 * that commits nothing gets its event after the mutation ends; so does a failure.)
 */
export function auditedDataSource(db: DataSource, ctx: SubgraphContext<unknown>): DataSource {
  const audited = Object.create(db) as DataSource;
  audited.transaction = (async (...args: unknown[]) => {
    const work = args.at(-1) as (tx: EntityManager) => Promise<unknown>;
    let wrote = false;
    const withAudit = async (tx: EntityManager) => {
      const result = await work(tx);
      const { pending } = ctx.audit;
      if (pending && !ctx.audit.recorded) {
        await publish(tx, eventOf(ctx, ctx.audit, pending, 'OK'));
        wrote = true;
      }
      return result;
    };
    const result =
      args.length > 1 ? await db.transaction(args[0] as never, withAudit) : await db.transaction(withAudit);
    if (wrote) ctx.audit.recorded = true; // committed
    return result;
  }) as DataSource['transaction'];
  return audited;
}

/**
 * Writes an audit event for every mutation the subgraph runs, succeeded or failed, to its outbox: inside the
 * change's transaction when it has one (see `auditedDataSource`), else after the response is known but
 * before it is sent. A mutation that committed and then failed gets a second event with the failure. Each
 * root field of a mutation gets its own note as it starts (GraphQL runs them one after another), so every
 * one is written with its own change. Identity collects them all into the action archive.
 */
export function auditPlugin<L>(
  subgraph: string,
  db: DataSource,
  log: Logger,
): ApolloServerPlugin<SubgraphContext<L>> {
  const fieldsOf = (operation: OperationDefinitionNode, variables: Record<string, unknown>) =>
    operation.selectionSet.selections
      .filter((s): s is FieldNode => s.kind === Kind.FIELD)
      .map((field) => ({
        key: field.alias?.value ?? field.name.value,
        action: `${subgraph}.${field.name.value}`,
        target: targetOf(field, variables),
      }));
  return {
    async requestDidStart() {
      // A mutation's root fields, named once when the operation is known; none for other operations.
      let fields: ReturnType<typeof fieldsOf> = [];
      // The notes of the root fields done so far, kept as the next one starts; the last one's is the context's.
      const notes = new Map<string, AuditNote>();
      let current: string | null = null;
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== 'mutation') return;
          fields = fieldsOf(operation, request.variables ?? {});
        },
        async executionDidStart() {
          if (fields.length === 0) return; // no per-field hook for queries
          return {
            willResolveField({ info, contextValue }) {
              if (info.path.prev !== undefined) return;
              const field = fields.find((f) => f.key === info.path.key);
              if (!field) return;
              // The note is shared with the resolvers' context (Apollo hands plugins a shallow copy), so it
              // is emptied in place for the next field rather than replaced.
              const note = contextValue.audit as Record<string, unknown>;
              if (current !== null) notes.set(current, { ...note });
              for (const key of Object.keys(note)) delete note[key];
              note.pending = { action: field.action, target: field.target };
              current = field.key;
            },
          };
        },
        async willSendResponse({ response, contextValue }) {
          const errors = response.body.kind === 'single' ? (response.body.singleResult.errors ?? []) : [];
          for (const { key, action, target } of fields) {
            const note = notes.get(key) ?? contextValue.audit;
            const error =
              errors.find((e) => e.path?.[0] === key) ??
              (errors.length && !errors[0].path ? errors[0] : null);
            if (note.recorded && !error) continue; // written with the change
            const outcome = error ? String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR') : 'OK';
            const event = eventOf(
              contextValue as SubgraphContext<unknown>,
              note,
              { action, target },
              outcome,
            );
            await publish(db.manager, event).catch((err) =>
              log.error({ err, action }, 'audit event not written'),
            );
          }
        },
      };
    },
  };
}
