import DataLoader from 'dataloader';
import type { DataSource, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { accountAccessSql, accountScope, companyScope } from './access';
import { alignMany, alignOne } from './batch';
import { isUuid } from './core/uuid';
import type { Viewer } from './core/viewer';

/**
 * Restricts a query to the caller's company (staff: unrestricted). `column` is e.g. `e.companyId`; for rows
 * that belong to a personal account, `accountColumn` (e.g. `e.accountId`) also limits them to the accounts
 * on the caller's access list (named, or below a named group).
 */
export function scopeToCompany<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  viewer: Viewer | null,
  column: string,
  accountColumn?: string,
): SelectQueryBuilder<T> {
  const scope = companyScope(viewer);
  if (scope !== null) qb.andWhere(`${column} = :scope`, { scope });
  const access = accountColumn ? accountScope(viewer) : null;
  if (access !== null)
    qb.andWhere(accountAccessSql(accountColumn as string, ':visibleAccounts', ':visibleGroups'), {
      visibleAccounts: access.accountIds,
      visibleGroups: access.groupIds,
    });
  return qb;
}

/**
 * A per-request loader of rows by id, one statement per batch. With a company column, only rows of the
 * caller's company come back (others load as null, like missing ones), and with an account column only
 * rows of the accounts the caller may see; with null, the rows are public.
 */
export function rowsById<T extends ObjectLiteral & { id: string }>(
  db: DataSource,
  entity: new () => T,
  viewer: Viewer | null,
  companyColumn: string | null,
  accountColumn?: string,
): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return ids.map(() => null);
    const qb = db.getRepository(entity).createQueryBuilder('e').where('e.id = ANY(:ids)', { ids: valid });
    const scoped = companyColumn
      ? scopeToCompany(qb, viewer, `e.${companyColumn}`, accountColumn && `e.${accountColumn}`)
      : qb;
    const rows = await scoped.getMany();
    return alignOne(ids, rows, (row) => row.id);
  });
}

/** A SQL condition with its parameters, numbered from the `next` placeholder on. */
export interface SqlCondition {
  sql: string;
  params: unknown[];
}

/**
 * The raw-SQL twin of `scopeToCompany`, for queries TypeORM's builder cannot express (windows, laterals):
 * the caller's company on `companyColumn`, and with `accountColumn` the accounts on their access list.
 * `TRUE` for staff. Parameters are numbered from `$next`.
 */
export function companyScopeSql(
  viewer: Viewer | null,
  columns: { company: string; account?: string },
  next: number,
): SqlCondition {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const scope = companyScope(viewer);
  if (scope !== null) {
    params.push(scope);
    conditions.push(`${columns.company} = $${next}`);
  }
  const access = columns.account ? accountScope(viewer) : null;
  if (access !== null) {
    const at = next + params.length;
    params.push(access.accountIds, access.groupIds);
    conditions.push(accountAccessSql(columns.account as string, `$${at}::uuid[]`, `$${at + 1}::uuid[]`));
  }
  return { sql: conditions.length ? conditions.join(' AND ') : 'TRUE', params };
}

/**
 * A per-request loader of lists by key, one statement per batch: `sql` takes the keys as `$1` and selects each
 * row's key as a `key` column. Not scoped: for rows below a parent the caller was already allowed to see.
 */
export const listsByKey = <T extends { key: string }>(db: DataSource, sql: string) =>
  new DataLoader<string, T[]>(async (keys) =>
    alignMany(keys, await db.query(sql, [keys]), (row: T) => row.key),
  );
