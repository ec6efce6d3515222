import {
  accountScope,
  alignMany,
  alignOne,
  groupKeys,
  listsByKey,
  pagesLoader,
  rowsById,
  scopeToCompany,
  type Viewer,
} from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { bulkLoaders } from '../bulk/loaders';
import { AccountGroup, Company, PersonalAccount } from '../data/entities';
import { type AccountFilter, type AccountOrder, accountListSql } from '../tree/account-list';

interface AccountRow {
  id: string;
  company_id: string;
  group_id: string | null;
  number: string;
  name: string;
  status: PersonalAccount['status'];
  opened_at: Date;
  address: string | null;
}

const toAccount = (row: AccountRow): PersonalAccount =>
  Object.assign(new PersonalAccount(), {
    id: row.id,
    companyId: row.company_id,
    groupId: row.group_id,
    number: row.number,
    name: row.name,
    status: row.status,
    openedAt: row.opened_at,
    address: row.address,
  });

/** A page of a company's account list asked for. */
export interface AccountPageKey {
  companyId: string;
  /** Rows to fetch: the page size plus one, to learn whether another page follows. */
  limit: number;
  filter: AccountFilter;
  order: AccountOrder;
  after: [string, string] | null;
}

export interface AccountCountKey {
  companyId: string;
  filter: AccountFilter;
}

export const DEFAULT_ORDER: AccountOrder = { field: 'NUMBER', direction: 'ASC' };

const countKey = (k: AccountCountKey) => `${k.companyId}:${JSON.stringify(k.filter)}`;

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    ...bulkLoaders(db, viewer),
    company: rowsById(db, Company, viewer, 'id'),
    // Below a Company already resolved for the caller (its loader is scoped), so keyed by the company alone.
    branchKpps: listsByKey<{ key: string; kpp: string; branch: string }>(
      db,
      'SELECT company_id AS key, kpp, branch FROM company_kpps WHERE company_id = ANY($1::uuid[]) ORDER BY kpp',
    ),
    contracts: listsByKey<{ key: string }>(
      db,
      `SELECT company_id AS key, id, number, signed_on::text AS "signedOn", type, status FROM contracts
       WHERE company_id = ANY($1::uuid[]) ORDER BY signed_on DESC, number`,
    ),
    group: rowsById(db, AccountGroup, viewer, 'companyId'),
    account: rowsById(db, PersonalAccount, viewer, 'companyId', 'id'),

    /** The groups a node (a group or an account) lies in, top first, from the tree (a group: itself last). */
    treePath: new DataLoader<string, string[]>(async (ids) => {
      const rows: { id: string; groups: string[] }[] = await db.query(
        'SELECT id, groups FROM account_tree WHERE id = ANY($1::uuid[])',
        [ids],
      );
      return alignOne(ids, rows, (r) => r.id).map((r) => r?.groups ?? []);
    }),

    groupsOfCompany: new DataLoader<string, AccountGroup[]>(async (companyIds) => {
      const qb = db
        .getRepository(AccountGroup)
        .createQueryBuilder('g')
        .where('g.companyId = ANY(:companyIds)', { companyIds })
        .orderBy('g.position')
        .addOrderBy('g.name');
      // A limited user sees the groups on their access list and those below them, not the whole tree.
      const access = accountScope(viewer);
      if (access !== null) {
        qb.andWhere(
          "g.id IN (SELECT t.id FROM account_tree t WHERE t.kind = 'GROUP' AND t.groups && :visibleGroups)",
          { visibleGroups: access.groupIds },
        );
      }
      return alignMany(
        companyIds,
        await scopeToCompany(qb, viewer, 'g.companyId').getMany(),
        (g) => g.companyId,
      );
    }),

    /** How many accounts each company's filtered list holds: one statement per filter. */
    accountCount: new DataLoader<AccountCountKey, number, string>(
      async (keys) => {
        const counts = new Map<string, number>();
        for (const group of groupKeys(keys, (k) => JSON.stringify(k.filter))) {
          const companyIds = group.map((k) => k.companyId);
          const list = accountListSql(viewer, group[0].filter, DEFAULT_ORDER, null, 2);
          const rows: { companyId: string; count: number }[] = await db.query(
            `SELECT a.company_id AS "companyId", count(*)::int AS count FROM ${list.from}
             WHERE a.company_id = ANY($1::uuid[]) AND ${list.where} GROUP BY 1`,
            [companyIds, ...list.params],
          );
          for (const key of group)
            counts.set(countKey(key), rows.find((r) => r.companyId === key.companyId)?.count ?? 0);
        }
        return keys.map((k) => counts.get(countKey(k)) ?? 0);
      },
      { cacheKeyFn: countKey },
    ),

    /** A page of accounts for many companies in one statement per kind of page (a window per company). */
    accountPage: pagesLoader<AccountPageKey, PersonalAccount & { sortKey: string }>({
      ownerOf: (k) => k.companyId,
      windowOf: (k) => [k.limit, k.filter, k.order, k.after],
      ownerOfRow: (account) => account.companyId,
      async fetch(companyIds, { limit, filter, order, after }) {
        const list = accountListSql(viewer, filter, order, after, 3);
        const rows: (AccountRow & { sort_key: string })[] = await db.query(
          `SELECT * FROM (
             SELECT a.id, a.company_id, a.group_id, a.number, a.name, a.status, a.opened_at, a.address,
               (${list.key})::text AS sort_key,
               row_number() OVER (PARTITION BY a.company_id ORDER BY ${list.orderBy}) AS rank
             FROM ${list.from} WHERE a.company_id = ANY($1::uuid[]) AND ${list.where}
           ) ranked WHERE rank <= $2 ORDER BY company_id, rank`,
          [companyIds, limit, ...list.params],
        );
        return rows.map((row) => Object.assign(toAccount(row), { sortKey: row.sort_key }));
      },
    }),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
