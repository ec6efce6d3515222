import {
  accountAccessSql,
  accountScope,
  assertValid,
  companyScope,
  decodeCursor,
  type Viewer,
} from '@kabinet/kit';

/** What the account list is narrowed to. */
export interface AccountFilter {
  search?: string | null;
  status?: string | null;
  groupId?: string | null;
  serviceKind?: string | null;
  hasDebt?: boolean | null;
}

export type AccountOrderField = 'NUMBER' | 'NAME' | 'BALANCE';

export interface AccountOrder {
  field: AccountOrderField;
  direction: 'ASC' | 'DESC';
}

/** The sort key of each order, for an account `a` with its balance row `b`; the number breaks ties. */
const SORT_KEY: Record<AccountOrderField, string> = {
  NUMBER: 'a.number',
  NAME: 'lower(a.name)',
  BALANCE: 'coalesce(b.balance_minor, 0)',
};

/** Lower case, ё read as е: as the search text is kept. */
export const normalizeSearch = (text: string) => text.trim().toLowerCase().replaceAll('ё', 'е');

/** Where a page starts: after the sort key and number of the last account of the page before. */
export function afterOf(cursor: string | null | undefined, order: AccountOrder): [string, string] | null {
  const after = decodeCursor(cursor, ['text', 'text']);
  if (after && order.field === 'BALANCE' && !/^-?\d{1,18}$/.test(after[0]))
    assertValid([{ field: 'after', message: 'is not a cursor returned by this list' }]);
  return after as [string, string] | null;
}

/**
 * The SQL of a company's account list: its conditions for the filter and the caller's access, its order, and
 * keyset paging on (sort key, number). Parameters are numbered from `$next`.
 */
export function accountListSql(
  viewer: Viewer | null,
  filter: AccountFilter,
  order: AccountOrder,
  after: [string, string] | null,
  next: number,
) {
  const params: unknown[] = [];
  const param = (value: unknown) => {
    params.push(value);
    return `$${next + params.length - 1}`;
  };
  const where: string[] = [];
  const scope = companyScope(viewer);
  if (scope !== null) where.push(`a.company_id = ${param(scope)}`);
  const access = accountScope(viewer);
  if (access !== null)
    where.push(
      accountAccessSql('a.id', `${param(access.accountIds)}::uuid[]`, `${param(access.groupIds)}::uuid[]`),
    );
  if (filter.search?.trim())
    where.push(`a.search_text LIKE '%' || ${param(normalizeSearch(filter.search))} || '%'`);
  if (filter.status) where.push(`a.status = ${param(filter.status)}`);
  if (filter.groupId)
    where.push(
      `a.id IN (SELECT t.id FROM account_tree t WHERE t.kind = 'ACCOUNT' AND ${param(filter.groupId)}::uuid = ANY(t.groups))`,
    );
  if (filter.serviceKind)
    where.push(
      `EXISTS (SELECT 1 FROM account_services s WHERE s.account_id = a.id AND s.kind = ${param(filter.serviceKind)})`,
    );
  if (filter.hasDebt != null) where.push(`coalesce(b.balance_minor, 0) ${filter.hasDebt ? '<' : '>='} 0`);
  const key = SORT_KEY[order.field];
  const direction = order.direction === 'DESC' ? 'DESC' : 'ASC';
  if (after) {
    const typed = order.field === 'BALANCE' ? `${param(after[0])}::bigint` : param(after[0]);
    where.push(`(${key}, a.number) ${direction === 'DESC' ? '<' : '>'} (${typed}, ${param(after[1])})`);
  }
  return {
    from: 'personal_accounts a LEFT JOIN account_balances b ON b.account_id = a.id',
    where: where.join(' AND ') || 'TRUE',
    orderBy: `${key} ${direction}, a.number ${direction}`,
    key,
    params,
  };
}
