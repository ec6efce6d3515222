import {
  accountAccessSql,
  accountScope,
  alignMany,
  alignOne,
  companyScope,
  rowsById,
  scopeToCompany,
  type Viewer,
} from '@kabinet/kit';
import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import { AccountGroup, Company, PersonalAccount } from '../data/entities';

interface AccountRow {
  id: string;
  company_id: string;
  group_id: string | null;
  number: string;
  name: string;
  status: PersonalAccount['status'];
  opened_at: Date;
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
  });

const windowOf = (k: AccountPageKey) => `${k.limit}:${k.afterNumber ?? ''}`;
const pageKey = (k: AccountPageKey) => `${k.companyId}:${windowOf(k)}`;

export interface AccountPageKey {
  companyId: string;
  /** Rows to fetch: the page size plus one, to learn whether another page follows. */
  limit: number;
  afterNumber: string | null;
}

/** Per-request loaders; every one filters by the caller's company (staff: all companies). */
export function createLoaders(db: DataSource, viewer: Viewer | null) {
  return {
    company: rowsById(db, Company, viewer, 'id'),
    // Below a Company already resolved for the caller (its loader is scoped), so keyed by the company alone.
    branchKpps: new DataLoader<string, { key: string; kpp: string; branch: string }[]>(async (companyIds) =>
      alignMany(
        companyIds,
        await db.query(
          'SELECT company_id AS key, kpp, branch FROM company_kpps WHERE company_id = ANY($1::uuid[]) ORDER BY kpp',
          [companyIds],
        ),
        (r: { key: string }) => r.key,
      ),
    ),
    contracts: new DataLoader<string, { key: string }[]>(async (companyIds) =>
      alignMany(
        companyIds,
        await db.query(
          `SELECT company_id AS key, id, number, signed_on::text AS "signedOn", type, status FROM contracts
           WHERE company_id = ANY($1::uuid[]) ORDER BY signed_on DESC, number`,
          [companyIds],
        ),
        (r: { key: string }) => r.key,
      ),
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

    accountCount: new DataLoader<string, number>(async (companyIds) => {
      const qb = db
        .getRepository(PersonalAccount)
        .createQueryBuilder('a')
        .select('a.companyId', 'companyId')
        .addSelect('count(*)::int', 'count')
        .where('a.companyId = ANY(:companyIds)', { companyIds })
        .groupBy('a.companyId');
      const rows = await scopeToCompany(qb, viewer, 'a.companyId', 'a.id').getRawMany<{
        companyId: string;
        count: number;
      }>();
      return alignOne(companyIds, rows, (r) => r.companyId).map((r) => r?.count ?? 0);
    }),

    /** A page of accounts for many companies in one statement per page window (a window per company). */
    accountPage: new DataLoader<AccountPageKey, PersonalAccount[], string>(
      async (keys) => {
        const pages = new Map<string, PersonalAccount[]>();
        const access = accountScope(viewer);
        for (const window of new Set(keys.map(windowOf))) {
          const { limit, afterNumber } = keys.find((k) => windowOf(k) === window) as AccountPageKey;
          const companyIds = keys.filter((k) => windowOf(k) === window).map((k) => k.companyId);
          const rows: AccountRow[] = await db.query(
            `SELECT id, company_id, group_id, number, name, status, opened_at FROM (
               SELECT a.*, row_number() OVER (PARTITION BY a.company_id ORDER BY a.number) AS rank
               FROM personal_accounts a
               WHERE a.company_id = ANY($1) AND ($2::text IS NULL OR a.number > $2)
                 AND ($3::uuid IS NULL OR a.company_id = $3)
                 AND ($5::uuid[] IS NULL OR ${accountAccessSql('a.id', '$5', '$6::uuid[]')})
             ) ranked WHERE rank <= $4 ORDER BY number`,
            [companyIds, afterNumber, companyScope(viewer), limit, access?.accountIds, access?.groupIds],
          );
          const byCompany = alignMany(companyIds, rows.map(toAccount), (a) => a.companyId);
          companyIds.forEach((id, i) => {
            pages.set(`${id}:${window}`, byCompany[i]);
          });
        }
        return keys.map((k) => pages.get(pageKey(k)) ?? []);
      },
      { cacheKeyFn: pageKey },
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
