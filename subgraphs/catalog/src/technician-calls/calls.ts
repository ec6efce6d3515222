import {
  parseEvent,
  TECHNICIAN_VISIT_BOOKED,
  type TechnicianVisitBookedPayload,
  TICKET_UPDATED,
} from '@kabinet/contracts';
import {
  accountScope,
  companyScope,
  companyStream,
  forbidden,
  isStaff,
  isUuid,
  type Logger,
  notFound,
  preconditionFailed,
  publish,
  startConsumer,
  type Viewer,
  visibleTreeAccount,
} from '@kabinet/kit';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import { book, freeSlots, releaseVisit, type VisitSlot } from '../orders/visits';

/** A technician call: a support ticket of the TECHNICIAN_VISIT category, as catalog knows it. */
export interface TechnicianCall {
  ticketId: string;
  companyId: string;
  accountId: string | null;
  serviceId: string | null;
  authorId: string;
  open: boolean;
}

const OPEN = ['ACKNOWLEDGED', 'IN_PROGRESS', 'PENDING'];
const COLUMNS = `ticket_id AS "ticketId", company_id AS "companyId", account_id AS "accountId",
  service_id AS "serviceId", author_id AS "authorId", open`;

/**
 * Catalog's copy of support's technician calls, from TicketUpdated: opened, moved, finished. A call that is
 * finished (resolved, withdrawn, refused) gives its window back to the crews.
 */
export const technicianCalls = ({ db, log }: { db: DataSource; log: Logger }) =>
  startConsumer({
    db,
    source: 'support',
    name: 'catalog.technician-calls',
    types: [TICKET_UPDATED],
    log,
    async handle(event, tx) {
      const update = parseEvent(TICKET_UPDATED, event.payload);
      if (update.category !== 'TECHNICIAN_VISIT' || !update.authorId) return;
      const open = OPEN.includes(update.status);
      await tx.query(
        `INSERT INTO technician_calls (ticket_id, company_id, account_id, service_id, author_id, open)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (ticket_id) DO UPDATE SET open = EXCLUDED.open, account_id = EXCLUDED.account_id`,
        [
          update.ticketId,
          update.companyId,
          update.accountId,
          update.serviceId ?? null,
          update.authorId,
          open,
        ],
      );
      if (!open) await releaseVisit(tx, { ticketId: update.ticketId });
    },
  });

/** Technician calls by ticket id, those of the viewer's company (staff: any). */
export async function callsByIds(
  db: Pick<EntityManager, 'query'>,
  viewer: Viewer | null,
  ids: readonly string[],
): Promise<TechnicianCall[]> {
  if (!viewer) return [];
  return db.query(
    `SELECT ${COLUMNS} FROM technician_calls WHERE ticket_id = ANY($1::uuid[]) AND ($2::uuid IS NULL OR company_id = $2)`,
    [ids.filter(isUuid), companyScope(viewer)],
  );
}

/**
 * Where the technician goes: the region of the service the call is about, else of the account's services,
 * else Moscow (the operator's home).
 */
async function regionOf(tx: Pick<EntityManager, 'query'>, call: TechnicianCall): Promise<string> {
  const [row] = await tx.query(
    `SELECT region FROM services
     WHERE region IS NOT NULL AND (id = $1 OR ($1::uuid IS NULL AND account_id = $2))
     ORDER BY status = 'ACTIVE' DESC, activated_at LIMIT 1`,
    [call.serviceId, call.accountId],
  );
  return row?.region ?? 'MOSCOW';
}

/** The windows a technician call may book: none once it is finished. */
export async function callSlots(db: Pick<EntityManager, 'query'>, call: TechnicianCall, now: Date) {
  if (!call.open) return [];
  return freeSlots(db, await regionOf(db, call), { ticketId: call.ticketId }, now);
}

/**
 * Books a window for an open technician call: its author or the company's ADMIN (a user limited to some
 * accounts: on an account they reach), or staff on the customer's behalf. Announced, so the ticket's
 * conversation shows it.
 */
export async function bookCallVisit(
  tx: EntityManager,
  viewer: Viewer,
  input: { ticketId: string; slotId: string },
  now: Date,
): Promise<{ call: TechnicianCall; visit: VisitSlot }> {
  const [call]: TechnicianCall[] = isUuid(input.ticketId)
    ? await tx.query(
        `SELECT ${COLUMNS} FROM technician_calls WHERE ticket_id = $1 AND ($2::uuid IS NULL OR company_id = $2)
         FOR UPDATE`,
        [input.ticketId, companyScope(viewer)],
      )
    : [];
  if (!call) throw notFound('Technician call', 'ticketId');
  // A user limited to some accounts sees the calls on those, and their own (as support shows them their tickets).
  const theirs = viewer.userId === call.authorId;
  if (accountScope(viewer) && !theirs && (!call.accountId || !(await reaches(tx, viewer, call.accountId))))
    throw notFound('Technician call', 'ticketId');
  if (!isStaff(viewer) && viewer.role !== 'ADMIN' && viewer.userId !== call.authorId)
    throw forbidden("A technician call's visit is booked by its author or the company's administrator");
  if (!call.open)
    throw preconditionFailed('The ticket is finished', [{ field: 'ticketId', message: 'is finished' }]);
  const visit = await book(tx, await regionOf(tx, call), { ticketId: call.ticketId }, input.slotId, now);
  const payload: TechnicianVisitBookedPayload = {
    ticketId: call.ticketId,
    companyId: call.companyId,
    startsAt: visit.startsAt.toISOString(),
    endsAt: visit.endsAt.toISOString(),
    bookedBy: viewer.userId,
    byStaff: isStaff(viewer),
  };
  await publish(tx, {
    stream: companyStream(call.companyId),
    type: TECHNICIAN_VISIT_BOOKED,
    companyId: call.companyId,
    payload,
  });
  return { call, visit };
}

/** Whether the viewer's access reaches the account; a failure other than "not yours" is not an answer. */
const reaches = async (tx: EntityManager, viewer: Viewer, accountId: string) => {
  try {
    await visibleTreeAccount(tx, viewer, accountId);
    return true;
  } catch (error) {
    if (error instanceof GraphQLError) return false;
    throw error;
  }
};
