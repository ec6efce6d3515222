import { randomUUID } from 'node:crypto';
import { badInput } from '@kabinet/kit';
import type { EntityManager } from 'typeorm';

/** What earns or spends points. */
export type BonusKind = 'PAYMENT' | 'E_INVOICE' | 'PROFILE' | 'REDEMPTION';

/** One point per this many kopecks paid: a point for every 5 roubles. */
export const KOPECKS_PER_POINT = 500n;

/** Points for each monthly invoice delivered electronically (a document subscription) rather than on paper. */
export const E_INVOICE_POINTS = 50n;

/** Points, once per company, for a user's profile with both contacts confirmed. */
export const PROFILE_POINTS = 100n;

export interface Award {
  companyId: string;
  kind: BonusKind;
  points: bigint;
  /** What earned it (a ledger entry id, a document id): an award is made once per kind and reference. */
  reference: string;
  description: string;
  at: Date;
}

/**
 * Appends points to a company's bonus ledger and balance, once per kind and reference (a repeated event awards
 * nothing more). Returns whether it was new.
 */
export async function award(tx: EntityManager, entry: Award): Promise<boolean> {
  const inserted: unknown[] = await tx.query(
    `INSERT INTO bonus_entries (id, company_id, kind, points, reference, description, occurred_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (kind, reference) DO NOTHING RETURNING id`,
    [
      randomUUID(),
      entry.companyId,
      entry.kind,
      String(entry.points),
      entry.reference,
      entry.description,
      entry.at,
    ],
  );
  if (inserted.length === 0) return false;
  // Not one upsert: PostgreSQL checks `points >= 0` on the row proposed for insertion, even when it conflicts.
  await tx.query('INSERT INTO bonus_balances (company_id) VALUES ($1) ON CONFLICT DO NOTHING', [
    entry.companyId,
  ]);
  await tx.query('UPDATE bonus_balances SET points = points + $2 WHERE company_id = $1', [
    entry.companyId,
    String(entry.points),
  ]);
  return true;
}

/**
 * Spends points: locks the company's balance, refuses (naming `field`) when it is short, and appends the
 * redemption. Returns the balance after it.
 */
export async function spend(
  tx: EntityManager,
  spending: { companyId: string; points: bigint; reference: string; description: string; at: Date },
  field = 'rewardId',
): Promise<bigint> {
  const [balance]: { points: string }[] = await tx.query(
    'SELECT points::text FROM bonus_balances WHERE company_id = $1 FOR UPDATE',
    [spending.companyId],
  );
  const available = BigInt(balance?.points ?? 0);
  if (available < spending.points) {
    throw badInput([{ field, message: `needs ${spending.points} points; the company has ${available}` }]);
  }
  await award(tx, { ...spending, kind: 'REDEMPTION', points: -spending.points });
  return available - spending.points;
}
