import { addDays, badInput, conflict, moscowDate, moscowMidnight, preconditionFailed } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';
import type { Order } from '../data/entities';

/**
 * Technician visits: each region's crew works three-hour windows from 9, 12 and 15 o'clock Moscow time on
 * working days, one order per window. The customer books a free window of the next two weeks.
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

/** Where the technician goes: the region of the order's first item. */
async function regionOf(tx: Pick<EntityManager, 'query'>, orderId: string): Promise<string> {
  const [item] = await tx.query(
    'SELECT region FROM order_items WHERE order_id = $1 ORDER BY position LIMIT 1',
    [orderId],
  );
  return item?.region ?? 'MOSCOW';
}

/** The free windows an order in SCHEDULING may book (none in another status). */
export async function availableSlots(db: Pick<EntityManager, 'query'>, order: Order, now: Date) {
  if (order.status !== 'SCHEDULING') return [];
  const region = await regionOf(db, order.id);
  const slots = windows(region, now);
  const taken: { startsAt: Date }[] = await db.query(
    `SELECT starts_at AS "startsAt" FROM visit_bookings
     WHERE region = $1 AND starts_at >= $2 AND starts_at <= $3 AND order_id <> $4`,
    [region, slots[0]?.startsAt ?? now, slots.at(-1)?.startsAt ?? now, order.id],
  );
  const busy = new Set(taken.map((t) => t.startsAt.getTime()));
  return slots.filter((slot) => !busy.has(slot.startsAt.getTime()));
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
 * Books a window for a locked order in SCHEDULING (replacing its earlier booking). Of two orders racing for one
 * window exactly one wins: the other waits on the first's insert and then finds it taken (CONFLICT).
 */
export async function bookSlot(
  tx: EntityManager,
  order: Order,
  slotIdInput: string,
  now: Date,
): Promise<VisitSlot> {
  if (order.status !== 'SCHEDULING') {
    throw preconditionFailed(`A visit is booked for an order in SCHEDULING; this one is ${order.status}`, [
      { field: 'orderId', message: `is ${order.status}` },
    ]);
  }
  const region = await regionOf(tx, order.id);
  const wanted = decodeSlot(slotIdInput);
  if (!wanted || wanted.region !== region)
    throw badInput([{ field: 'slotId', message: 'is not a slot of this order' }]);
  if (wanted.startsAt <= now) throw badInput([{ field: 'slotId', message: 'is in the past' }]);
  const slot = windows(region, now).find((s) => s.startsAt.getTime() === wanted.startsAt.getTime());
  if (!slot) throw badInput([{ field: 'slotId', message: 'is not a slot the technicians work' }]);
  await tx.query('DELETE FROM visit_bookings WHERE order_id = $1', [order.id]);
  const booked = await tx.query(
    `INSERT INTO visit_bookings (region, starts_at, order_id) VALUES ($1, $2, $3)
     ON CONFLICT (region, starts_at) DO NOTHING RETURNING order_id`,
    [region, slot.startsAt, order.id],
  );
  if (booked.length === 0) {
    throw conflict('The slot has just been taken; choose another', [
      { field: 'slotId', message: 'is taken' },
    ]);
  }
  return slot;
}

/** The visit booked for each order, by order id. */
export async function visitsOf(db: Pick<EntityManager, 'query'>, orderIds: readonly string[]) {
  const rows: { orderId: string; region: string; startsAt: Date }[] = await db.query(
    `SELECT order_id AS "orderId", region, starts_at AS "startsAt" FROM visit_bookings WHERE order_id = ANY($1::uuid[])`,
    [orderIds],
  );
  return new Map(rows.map((r) => [r.orderId, slotOf(r.region, r.startsAt)]));
}
