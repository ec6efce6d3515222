import { isUuid, type Viewer } from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { afterCursor, lateralPages, type PageKey } from '../statements/lateral-pages';

export interface BonusEntryRow {
  id: string;
  kind: string;
  points: string;
  description: string;
  occurredAt: Date;
}

/**
 * Bonus balances and pages of entries per company, one statement per batch. The company was checked against
 * the caller before (see `visibleCompany`); points are the company's, not any account's.
 */
export const bonusLoaders = (db: DataSource, _viewer: Viewer | null) => ({
  bonusBalance: new DataLoader<string, bigint>(async (companyIds) => {
    const rows: { companyId: string; points: string }[] = await db.query(
      'SELECT company_id AS "companyId", points::text FROM bonus_balances WHERE company_id = ANY($1::uuid[])',
      [companyIds.filter(isUuid)],
    );
    const byCompany = new Map(rows.map((r) => [r.companyId, BigInt(r.points)]));
    return companyIds.map((id) => byCompany.get(id) ?? 0n);
  }),
  bonusEntries: lateralPages<PageKey, BonusEntryRow>(
    (k) => String(k.first),
    (group, params) =>
      db.query(
        `SELECT q.key, p.* FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[]) WITH ORDINALITY
           AS q(company_id, after_at, after_id, key)
         CROSS JOIN LATERAL (
           SELECT b.id, b.kind, b.points::text, b.description, b.occurred_at AS "occurredAt" FROM bonus_entries b
           WHERE b.company_id = q.company_id
             AND ${afterCursor('b.occurred_at', 'b.id')}
           ORDER BY b.occurred_at DESC, b.id DESC LIMIT $4
         ) p`,
        [...params, group[0].first + 1],
      ),
  ),
});
