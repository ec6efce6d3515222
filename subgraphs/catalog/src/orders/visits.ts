import { addDays, badInput, conflict, moscowDate, moscowMidnight, preconditionFailed } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Order } from '../data/entities';

/**
 * Technician visits, the graph's one slot service: each region's crew works three-hour windows from 9, 12 and
 * 15 o'clock Moscow time on working days, one visit per window, whether it connects an order or answers a
 * technician call (a support ticket). The customer books a free window of the next two weeks.
 */
const WINDOW_HOURS = [9, 12, 15];
const WINDOW_MS = 3 * 3_600_000;
const DAYS_AHEAD = 14;

export interface VisitSlot {
  id: string;
  region: string;
  startsAt: Date;
  endsAt: Date;
}

/** What a visit is for: an order's connection, or a ticket's technician call. */
export type VisitHolder = { orderId: string } | { ticketId: string };
const holderColumn = (holder: VisitHolder) => ('orderId' in holder ? 'order_id' : 'ticket_id');
const holderId = (holder: VisitHolder) => ('orderId' in holder ? holder.orderId : holder.ticketId);

const slotId = (region: string, startsAt: Date) =>
  Buffer.from(JSON.stringify([region, startsAt.toISOString()])).toString('base64url');

const slotOf = (region: string, startsAt: Date): VisitSlot => ({
  id: slotId(region, startsAt),
  region,
  startsAt,
  endsAt: new Date(startsAt.getTime() + WINDOW_MS),
});

/** The windows of a region from tomorrow (Moscow) on: working days only. */
function windows(region: string, now: Date): VisitSlot[] {
  const today = moscowDate(now);
  const slots: VisitSlot[] = [];
  for (let d = 1; d <= DAYS_AHEAD; d++) {
    const day = addDays(today, d);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    for (const hour of WINDOW_HOURS)
      slots.push(slotOf(region, new Date(moscowMidnight(day).getTime() + hour * 3_600_000)));
  }
  return slots;
}

/** Where the technician goes for an order: the region of its first item. */
async function orderRegion(tx: Pick<EntityManager, 'query'>, orderId: string): Promise<string> {
  const [item] = await tx.query(
    'SELECT region FROM order_items WHERE order_id = $1 ORDER BY position LIMIT 1',
    [orderId],
  );
  return item?.region ?? 'MOSCOW';
}

/** The free windows of a region, those another visit holds left out (the holder's own stays free to it). */
export async function freeSlots(
  db: Pick<EntityManager, 'query'>,
  region: string,
  holder: VisitHolder,
  now: Date,
): Promise<VisitSlot[]> {
  const slots = windows(region, now);
  const taken: { startsAt: Date }[] = await db.query(
    `SELECT starts_at AS "startsAt" FROM visit_bookings
     WHERE region = $1 AND starts_at >= $2 AND starts_at <= $3 AND ${holderColumn(holder)} IS DISTINCT FROM $4`,
    [region, slots[0]?.startsAt ?? now, slots.at(-1)?.startsAt ?? now, holderId(holder)],
  );
  const busy = new Set(taken.map((t) => t.startsAt.getTime()));
  return slots.filter((slot) => !busy.has(slot.startsAt.getTime()));
}

/** The free windows an order in SCHEDULING may book (none in another status). */
export async function availableSlots(db: Pick<EntityManager, 'query'>, order: Order, now: Date) {
  if (order.status !== 'SCHEDULING') return [];
  return freeSlots(db, await orderRegion(db, order.id), { orderId: order.id }, now);
}

/** The window a slot id names, if it is one: a client's made-up id is bad input, never a database error. */
function decodeSlot(id: string): { region: string; startsAt: Date } | null {
  try {
    const [region, iso] = JSON.parse(Buffer.from(id, 'base64url').toString('utf8'));
    const startsAt = new Date(iso);
    if (typeof region === 'string' && !Number.isNaN(startsAt.getTime())) return { region, startsAt };
  } catch {
    // not one of ours
  }
  return null;
}

/**
 * Books a window of `region` for a visit (replacing the holder's earlier booking). Of two visits racing for
 * one window exactly one wins: the other waits on the first's insert and then finds it taken (CONFLICT).
 */
export async function book(
  tx: EntityManager,
  region: string,
  holder: VisitHolder,
  slotIdInput: string,
  now: Date,
): Promise<VisitSlot> {
  const wanted = decodeSlot(slotIdInput);
  if (!wanted || wanted.region !== region)
    throw badInput([
      { field: 'slotId', message: `is not a slot of this ${'orderId' in holder ? 'order' : 'ticket'}` },
    ]);
  if (wanted.startsAt <= now) throw badInput([{ field: 'slotId', message: 'is in the past' }]);
  const slot = windows(region, now).find((s) => s.startsAt.getTime() === wanted.startsAt.getTime());
  if (!slot) throw badInput([{ field: 'slotId', message: 'is not a slot the technicians work' }]);
  const column = holderColumn(holder);
  await tx.query(`DELETE FROM visit_bookings WHERE ${column} = $1`, [holderId(holder)]);
  const booked = await tx.query(
    `INSERT INTO visit_bookings (region, starts_at, ${column}) VALUES ($1, $2, $3)
     ON CONFLICT (region, starts_at) DO NOTHING RETURNING ${column}`,
    [region, slot.startsAt, holderId(holder)],
  );
  if (booked.length === 0) {
    throw conflict('The slot has just been taken; choose another', [
      { field: 'slotId', message: 'is taken' },
    ]);
  }
  return slot;
}

/** Books a window for a locked order in SCHEDULING. */
export async function bookSlot(tx: EntityManager, order: Order, slotIdInput: string, now: Date) {
  if (order.status !== 'SCHEDULING') {
    throw preconditionFailed(`A visit is booked for an order in SCHEDULING; this one is ${order.status}`, [
      { field: 'orderId', message: `is ${order.status}` },
    ]);
  }
  return book(tx, await orderRegion(tx, order.id), { orderId: order.id }, slotIdInput, now);
}

/** Frees the window a holder booked, if any (a technician call withdrawn or answered). */
export const releaseVisit = (tx: Pick<EntityManager, 'query'>, holder: VisitHolder) =>
  tx.query(`DELETE FROM visit_bookings WHERE ${holderColumn(holder)} = $1`, [holderId(holder)]);

/** The visit booked for each holder of a kind (orders, or tickets), by its id. */
export async function visitsOf(
  db: Pick<EntityManager, 'query'>,
  kind: 'orderId' | 'ticketId',
  ids: readonly string[],
) {
  const column = kind === 'orderId' ? 'order_id' : 'ticket_id';
  const rows: { holder: string; region: string; startsAt: Date }[] = await db.query(
    `SELECT ${column} AS holder, region, starts_at AS "startsAt" FROM visit_bookings WHERE ${column} = ANY($1::uuid[])`,
    [ids],
  );
  return new Map(rows.map((r) => [r.holder, slotOf(r.region, r.startsAt)]));
}
