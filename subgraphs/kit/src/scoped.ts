import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { companyScope } from './access';
import { alignOne } from './batch';
import type { Viewer } from './core/viewer';
import { isUuid } from './ids';

/** Restricts a query to the caller's company (staff: unrestricted). `column` is e.g. `e.companyId`. */
export function scopeToCompany<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer | null,
  column: string,
): SelectQueryBuilder<T> {
  const scope = companyScope(viewer);
  return scope === null ? qb : qb.andWhere(`${column} = :scope`, { scope });
}

/**
 * A per-request loader of rows by id, one statement per batch. With a company column, only rows of the
 * caller's company come back (others load as null, like missing ones); with null, the rows are public.
 */
export function rowsById<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: new () => T,
  viewer: Viewer | null,
  companyColumn: string | null,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const qb = db.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: valid });
    const rows = await (companyColumn ? scopeToCompany(qb, viewer, `e.${companyColumn}`) : qb).getMany();
    return alignOne(ids, rows, (row) => row.id);
  });
}
